// The carried-forward draft as .docx, read back the way a user's tools read it: mammoth (as Word's structure and
// highlights), the raw comments part, and our own import (the block texts must survive the round trip).
import { afterAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { exportCarryDocx } from '../../lib/carry/export-docx';
import { mergeFlags } from '../../lib/carry/marks';
import { tableCellRanges, tableText } from '../../lib/docx/table-cells';
import { importDocx } from '../../lib/docx/import';
import { pillarName, themeName } from '../../lib/knowledge/framework';
import type { StaleFlag } from '../../lib/schema';
import { carryDraft, EDITED, EDITED_TEXT, KENGETALLEN, NOTES, STATUS } from '../support/carry-draft';

const window = new Window();
afterAll(() => window.happyDOM.close());

const STYLE_MAP = [
  "p[style-name='Title'] => p.title:fresh",
  "highlight[color='yellow'] => mark",
  'comment-reference => sup',
];

async function exported(language?: 'nl' | 'en') {
  const bytes = await exportCarryDocx(carryDraft(), { language });
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  // happy-dom's own types differ from lib.dom's in details these assertions don't touch
  const doc = new window.DOMParser().parseFromString(value, 'text/html') as unknown as Document;
  return { bytes, doc };
}

/** An element's own text: without comment references and nested lists. */
function ownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const x of copy.querySelectorAll('sup, ul, a[href^="#comment-ref"]')) x.remove();
  return copy.textContent.trim();
}

/** The reasons of the comment a mark links to, or null for a mark without one. */
function commentOf(doc: Document, mark: Element): string[] | null {
  const link = mark.nextElementSibling?.matches('sup') ? mark.nextElementSibling.querySelector('a') : null;
  if (!link) return null;
  const dd = doc.getElementById(link.getAttribute('href')!.slice(1))!.nextElementSibling!;
  return [...dd.querySelectorAll('p')].map(ownText);
}

const [CY, GOAL, FIG, ST] = (['current-year', 'goal', 'figures', 'status-table'] as const).map((r) => NOTES[r].nl);

describe('exportCarryDocx', () => {
  it('writes the KKFZ structure as headings: every pillar, themes with items, the report’s own headings below', async () => {
    const { doc } = await exported();
    const pillar = (n: number) => `Pijler ${n}: ${pillarName(n)}`;
    const theme = (n: number) => `Thema ${n}: ${themeName(n)}`;
    expect(
      [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [h.tagName.toLowerCase(), h.textContent]),
    ).toEqual([
      ['h1', 'Algemeen'],
      ['h3', 'Voorwoord'],
      ['h1', pillar(1)],
      ['h2', theme(1)],
      ['h3', 'Veiligheidsmanagement'],
      ['h2', theme(3)],
      ['h1', pillar(2)],
      ['h3', 'Forensisch vakmanschap'],
      ['h2', theme(5)],
      ['h2', theme(6)],
      ['h2', theme(7)],
      ['h1', pillar(3)],
      ['h2', theme(8)],
      ['h2', theme(10)],
      ['h2', theme(11)],
      ['h1', pillar(4)],
      ['h2', theme(12)],
      ['h1', pillar(5)],
    ]);
    expect(doc.querySelector('p.title')?.textContent).toBe('Kwaliteitsverslag 2026 — Stichting De Kustlijn');
    const intro = doc.querySelector('p.title + p')!.textContent;
    expect(intro).toMatch(/overgenomen uit het kwaliteitsverslag over 2025/);
    expect(intro).toMatch(/opmerking/);
    // only the pillar without items gets the placeholder
    const placeholders = [...doc.querySelectorAll('p > em')].filter(
      (em) => em.textContent === 'Nog geen tekst voor deze pijler.',
    );
    expect(placeholders.map((em) => em.parentElement!.previousElementSibling!.textContent)).toEqual([pillar(5)]);
  });

  it('highlights exactly the flagged text, merged where flags overlap or touch, each with its reasons', async () => {
    const { doc } = await exported();
    const marks = [...doc.querySelectorAll('mark')].map((m) => [m.textContent, commentOf(doc, m)]);
    expect(marks).toEqual([
      ['In 2025', [CY]],
      ['240 cliënten', [FIG]],
      ['Momenteel loopt het project Veilig Samen', [CY]],
      ['Doel voor 2025 is een daling van 15% van het aantal incidenten', [GOAL, FIG]],
      ['meldingen: 128 in 2025', [FIG, CY]],
      ['Alle cliënten hebben een actuele risicotaxatie met de HKT-R.', ['Bijwerken']],
      // tables: whole cells, one comment on the first
      ['2024', [ST, FIG]],
      ['2025', null],
      ['118', null],
      ['9', null],
      ['In 2025', [CY]],
      ['92%', [FIG]],
      ['2024', [ST]],
      ['2025', null],
      ['in werking', null],
      ['Doel voor 2025: een derde ervaringsdeskundige werven.', [GOAL]],
      ['in 2025', [CY]],
      ['7,8', [FIG]],
      // offsets that no longer fit the cells: every non-empty cell
      ['Medewerkerstevredenheid', [FIG]],
      ['7,4', null],
      ['Respons', null],
    ]);
    // and every flagged passage of a paragraph, list item or heading lies inside a mark
    const marked = [...doc.querySelectorAll('mark')].map((m) => m.textContent);
    for (const item of carryDraft().items.filter((x) => x.state !== 'drop' && x.kind !== 'table')) {
      for (const f of item.flags) expect(marked.some((m) => m.includes(item.text.slice(f.start, f.end)))).toBe(true);
    }
  });

  it('leaves dropped items out', async () => {
    const { doc } = await exported();
    const text = doc.body.textContent;
    expect(text).not.toContain('afscheid van onze bestuurder');
    expect(text).not.toContain('Warme overdracht');
    expect(text).not.toContain('Thema 14');
  });

  it('writes list items as a bulleted list, nested by depth', async () => {
    const { doc } = await exported();
    const lists = [...doc.querySelectorAll('body > ul')].map((ul) =>
      [...ul.querySelectorAll(':scope > li')].map((li) => [
        ownText(li),
        [...li.querySelectorAll(':scope > ul > li')].map(ownText),
      ]),
    );
    expect(lists).toEqual([
      [
        [
          'Maandelijkse veiligheidsrondes op alle afdelingen',
          ['Rapportage aan de Raad van Bestuur', 'Aantal meldingen: 128 in 2025'],
        ],
        ['Jaarlijkse training agressiehantering voor alle medewerkers', []],
      ],
      [
        ['Twee ervaringsdeskundigen zijn in vaste dienst.', []],
        ['Doel voor 2025: een derde ervaringsdeskundige werven.', []],
      ],
    ]);
  });

  it('writes tables as real tables with their cells; a table without rows as one cell', async () => {
    const { doc } = await exported();
    const tables = [...doc.querySelectorAll('table')].map((t) =>
      [...t.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map(ownText)),
    );
    expect(tables).toEqual([KENGETALLEN, STATUS, EDITED, [['Ketenpartners: reclassering, politie en gemeente']]]);
  });

  it('writes the comments as Word comments by KKFZ-assistent', async () => {
    const { bytes } = await exported();
    const xml = strFromU8(unzipSync(bytes)['word/comments.xml']!);
    const comments = [...xml.matchAll(/<w:comment\b([^>]*)>/g)].map((m) => m[1]!);
    expect(comments).toHaveLength(14);
    expect(comments.every((a) => a.includes('w:author="KKFZ-assistent"'))).toBe(true);
    expect(xml).toContain(NOTES['status-table'].nl);
  });

  it('round-trips through our import with the same block texts', async () => {
    const draft = carryDraft();
    const r = await importDocx(await exportCarryDocx(draft));
    if (!r.ok) throw new Error(r.error.en);
    const [title, intro, ...rest] = r.value.blocks;
    expect(title?.text).toBe('Kwaliteitsverslag 2026 — Stichting De Kustlijn');
    expect(intro?.text).toMatch(/2025/);
    // without the KKFZ headings and the placeholder, the blocks are the kept items
    const own = rest.filter(
      (b) => !(b.kind === 'heading' && b.level! < 3) && b.text !== 'Nog geen tekst voor deze pijler.',
    );
    const kept = draft.items.filter((x) => x.state !== 'drop');
    expect(own.map((b) => [b.kind, b.kind === 'table' ? b.rows : b.text, b.depth ?? null])).toEqual(
      kept.map((x) => [x.kind, x.kind === 'table' ? (x.rows ?? [[x.text]]) : x.text, x.depth ?? null]),
    );
    // a table's text too, except where the draft's text was edited away from its cells
    own.forEach((b, k) => kept[k]!.text !== EDITED_TEXT && expect(b.text).toBe(kept[k]!.text));
    expect(own.filter((b) => b.kind === 'heading').every((b) => b.level === 3)).toBe(true);
  });

  it('writes the headings and notes in English when asked, keeping the framework’s names', async () => {
    const { doc } = await exported('en');
    // the title is the report's own, in its own language
    expect(doc.querySelector('p.title')?.textContent).toBe('Kwaliteitsverslag 2026 — Stichting De Kustlijn');
    expect(doc.querySelector('h1')?.textContent).toBe('General');
    expect([...doc.querySelectorAll('h1')].at(-1)?.textContent).toBe(`Pillar 5: ${pillarName(5)}`);
    expect(doc.querySelector('h2')?.textContent).toBe(`Theme 1: ${themeName(1)}`);
    const notes = [...doc.querySelectorAll('mark')].map((m) => commentOf(doc, m)).filter((n) => n !== null);
    expect(notes[0]).toEqual([NOTES['current-year'].en]);
    expect(notes).toContainEqual(['Update']);
  });

  it('files sections in KKFZ order even when the items come unsorted', async () => {
    const draft = carryDraft();
    draft.items.reverse();
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await exportCarryDocx(draft)) });
    const sorted = await mammoth.convertToHtml({ buffer: Buffer.from(await exportCarryDocx(carryDraft())) });
    const outline = (html: string) => [...html.matchAll(/<h[12]>([^<]*)/g)].map((m) => m[1]);
    expect(outline(value)).toEqual(outline(sorted.value));
  });
});

describe('marks', () => {
  const f = (start: number, end: number, nl: string): StaleFlag => ({
    reason: 'figures',
    start,
    end,
    evidence: '',
    nl,
    en: nl,
  });

  it('merges overlapping and touching flags, keeps apart separate ones, clips to the text', () => {
    expect(
      mergeFlags([f(8, 12, 'b'), f(0, 4, 'a'), f(3, 6, 'b'), f(6, 7, 'a'), f(20, 99, 'c'), f(5, 5, 'd')], 24, 'nl'),
    ).toEqual([
      { start: 0, end: 7, notes: ['a', 'b'] },
      { start: 8, end: 12, notes: ['b'] },
      { start: 20, end: 24, notes: ['c'] },
    ]);
  });

  it('finds each cell in the table text, whitespace and empty cells included', () => {
    const rows = [[' Jaar ', 'Aantal  cliënten'], ['', '42'], []];
    const text = 'Jaar | Aantal cliënten / | 42 /';
    expect(tableText(rows)).toBe(text);
    const ranges = tableCellRanges({ rows, text });
    expect(ranges[0]!.map((r) => r && text.slice(r.start, r.end))).toEqual(['Jaar', 'Aantal cliënten']);
    expect(ranges[1]!.map((r) => r && text.slice(r.start, r.end))).toEqual([null, '42']);
  });
});
