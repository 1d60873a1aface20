// Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) never reach a
// written .docx: every XML part stays well-formed for a strict parser (as Word is), and the text reads back without them.
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../lib/analyse';
import { exportCarryDocx } from '../../lib/carry/export-docx';
import { djiOverview } from '../../lib/overview/dji';
import { djiOverviewDocx } from '../../lib/overview/dji-docx';
import { xmlSafe } from '../../lib/text/xml-safe';
import { blocksOf } from '../support/blocks';
import { carryDraft } from '../support/carry-draft';

const { window } = new JSDOM('');

/** The XML parts a strict XML 1.0 parser refuses, with its message. */
function illFormedParts(docx: Uint8Array): string[] {
  return Object.entries(unzipSync(docx))
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .flatMap(([name, data]) => {
      const error = new window.DOMParser()
        .parseFromString(strFromU8(data), 'application/xml')
        .getElementsByTagName('parsererror')[0];
      return error ? [`${name}: ${error.textContent}`] : [];
    });
}

const rawText = async (docx: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value;

describe('xmlSafe', () => {
  it('drops what XML 1.0 forbids and keeps everything else, surrogate pairs too', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000be\u000cf\u000eg\u001fh\ufffei\uffffj')).toBe('abcdefghij');
    expect(xmlSafe('lone \ud800 high, lone \udc00 low, reversed \udc00\ud800.')).toBe(
      'lone  high, lone  low, reversed .',
    );
    const kept = 'tab\tlf\ncr\r 😀 cliënt € \u007f \ufffd \u{1fffe}';
    expect(xmlSafe(kept)).toBe(kept);
  });
});

describe('written .docx files', () => {
  it('carry: text, a marked passage, a table cell, a comment and the title with forbidden characters', async () => {
    const draft = carryDraft();
    const item = draft.items.find((x) => x.text.startsWith('In 2025 is Stichting'))!;
    item.text = 'In 2025\ufffe is Stichting\u0001 De Kustlijn gegroeid naar 240 cliënten\ud800 op drie locaties.\uffff';
    item.flags = item.flags.map((f) => {
      const start = item.text.indexOf(f.evidence);
      // the first mark takes the U+FFFE in; every comment gets a control character
      return { ...f, start, end: start + f.evidence.length + (start === 0 ? 1 : 0), nl: `${f.nl}\u0002` };
    });
    const table = draft.items.find((x) => x.kind === 'table')!;
    table.rows = table.rows!.map((row) => row.map((cell) => `${cell}\u0008`));
    draft.title = 'Kwaliteitsverslag\ufffe 2026';
    if (draft.aspects?.[0]) draft.aspects[0].aspect += '\u001f';

    const bytes = await exportCarryDocx(draft);
    expect(illFormedParts(bytes)).toEqual([]);
    const text = await rawText(bytes);
    expect(text).toContain('In 2025 is Stichting De Kustlijn gegroeid naar 240 cliënten op drie locaties.');
    expect(text).toContain('Kwaliteitsverslag 2026');
    // eslint-disable-next-line no-control-regex -- none of the characters XML forbids is left
    expect(text).not.toMatch(/[\u0000-\u0008\ufffe\uffff\ufffd]/);
  });

  it('the overview for DJI: the report’s passages, headings, notes and title with forbidden characters', async () => {
    const blocks = blocksOf([
      { h: 1, text: 'Pijler 1: Veiligheid\ufffe en persoonsgerichte zorg' },
      { p: 'Het veiligheidsbeleid\u0001 is in 2025 herzien na twee incidenten\ud800 op de woonlocatie.' },
    ]);
    const analysis = analyseDocument({ blocks, images: [], title: null }, []);
    const model = djiOverview({
      analysis,
      title: 'Verslag\uffff 2025',
      organisation: 'De Kustlijn\u000b',
      notes: [
        {
          id: 'n1',
          reportId: 'r',
          target: { kind: 'checklist', itemId: 'pillar-1', headingPath: [] },
          kind: 'vraag',
          body: 'Welke\u0007 incidenten?',
          author: 'Bram',
          created: '2026-01-15T10:00:00.000Z',
          modified: '2026-01-15T10:00:00.000Z',
          status: 'open',
          replies: [],
          placement: null,
        },
      ],
      madeAt: '2026-01-15T10:00:00.000Z',
    });
    // the model keeps the report's words as they are: the writer is what makes them safe
    expect(JSON.stringify(model)).toContain('\\u0001');

    const bytes = await djiOverviewDocx(model);
    expect(illFormedParts(bytes)).toEqual([]);
    const text = await rawText(bytes);
    expect(text).toContain('Het veiligheidsbeleid is in 2025 herzien na twee incidenten op de woonlocatie.');
    expect(text).toContain('Welke incidenten?');
    expect(text).toContain('De Kustlijn');
    // eslint-disable-next-line no-control-regex -- none of the characters XML forbids is left
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\ufffe\uffff\ufffd]/);
  });
});
