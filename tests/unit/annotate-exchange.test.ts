import { describe, expect, it } from 'vitest';
import { mergeNotes } from '../../lib/annotate/merge';
import { createNote, reply, setStatus } from '../../lib/annotate/notes';
import { reviewReportHtml } from '../../lib/annotate/review-report';
import { checklistTarget, textTarget } from '../../lib/annotate/selectors';
import { fromAnnotationCollection, toAnnotationCollection } from '../../lib/annotate/web-annotation';
import { mapBlocks } from '../../lib/classify/map';
import { analyseDocument } from '../../lib/analyse';
import type { Block, Note } from '../../lib/schema';
import { splitBlocks } from '../../lib/docx/blocks';

const html =
  '<h1>Pijler 1: Veiligheid en persoonsgerichte zorg</h1><p>Het veiligheidsbeleid is in 2025 herzien na twee incidenten op de woonlocatie.</p><h1>Pijler 4: Samenwerken</h1><p>We overleggen maandelijks met de reclassering over elke cliënt.</p>';
const blocks: Block[] = splitBlocks(html);
const analysis = analyseDocument({ title: 'Verslag 2025', blocks, images: [] }, [], {}, mapBlocks(blocks));
const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-02T10:00:00.000Z';

function sampleNotes(): Note[] {
  const start = blocks[1]!.text.indexOf('herzien');
  const a = createNote(
    {
      reportId: 'r1',
      draftId: 'd1',
      target: textTarget(blocks, 1, start, start + 'herzien na twee incidenten'.length),
      kind: 'vraag',
      body: 'Welke incidenten?',
      author: 'Ans',
      block: 1,
    },
    'aaaaaaaa-0000-4000-8000-000000000001',
    T0,
  );
  const b = createNote(
    {
      reportId: 'r1',
      draftId: 'd1',
      target: checklistTarget('pillar-2'),
      kind: 'aanvulling',
      body: 'Pijler 2 ontbreekt nog <helemaal>.',
      author: 'Bert',
    },
    'aaaaaaaa-0000-4000-8000-000000000002',
    T0,
  );
  return [
    setStatus(
      reply(a, 'Twee agressie-incidenten, zie bijlage.', 'Carla', 'aaaaaaaa-0000-4000-8000-000000000003', T1),
      'resolved',
      T1,
    ),
    b,
  ];
}

describe('W3C Web Annotation exchange', () => {
  it('exports an AnnotationCollection with quote and position selectors and replies as replying annotations', () => {
    const json = toAnnotationCollection(sampleNotes(), { id: 'r1', title: 'Verslag 2025' });
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(3);
    // read back as a file holds them: plain JSON, whichever of the annotation shapes each one is
    const [note, replyAnno, checklist] = JSON.parse(JSON.stringify(json.first.items));
    expect(note!.id).toBe('urn:uuid:aaaaaaaa-0000-4000-8000-000000000001');
    expect(note!.motivation).toBe('questioning');
    expect(note!.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(note!.target.selector[0].exact).toBe('herzien na twee incidenten');
    expect(replyAnno!.motivation).toBe('replying');
    expect(replyAnno!.target).toBe(note!.id);
    expect(checklist!.target.source).toMatch(/#checklist\/pillar-2$/);
  });

  it('reads its own export back to the same notes (placement aside)', () => {
    const notes = sampleNotes();
    const text = JSON.stringify(toAnnotationCollection(notes, { id: 'r1', title: 'Verslag 2025' }));
    const read = fromAnnotationCollection(text, 'r1');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.ignored).toBe(0);
    expect(read.value.notes).toEqual(notes.map((n) => ({ ...n, placement: null })));
  });

  it('refuses what is not a collection, with a message, and ignores annotations it cannot show', () => {
    for (const text of [
      'niet eens json',
      '{"type":"Annotation"}',
      '{"type":"AnnotationCollection","first":{"items":[{"id":"x","type":"Annotation","target":{"source":"s","selector":{"type":"TextQuoteSelector"}}}]}}',
    ]) {
      const r = fromAnnotationCollection(text, 'r1');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.nl).toMatch(/JSON|Web Annotation/);
    }
    const other = fromAnnotationCollection(
      JSON.stringify({
        type: 'AnnotationCollection',
        first: {
          items: [
            {
              id: 'urn:x:1',
              type: 'Annotation',
              target: { source: 'https://example.org/page', selector: { type: 'CssSelector', value: '#a' } },
            },
          ],
        },
      }),
      'r1',
    );
    expect(other).toEqual({ ok: true, value: { notes: [], ignored: 1 }, messages: [] });
  });
});

describe('mergeNotes', () => {
  it('adds new notes, keeps the later edit, unites replies, and changes nothing the second time', () => {
    const [a, b] = sampleNotes();
    const mineOlder = { ...a!, status: 'open' as const, modified: T0, replies: [] };
    const theirs = [a!, b!];
    const first = mergeNotes([mineOlder], theirs);
    expect([first.added, first.updated, first.unchanged]).toEqual([1, 1, 0]);
    const merged = first.write.find((n) => n.id === a!.id)!;
    expect(merged.status).toBe('resolved');
    expect(merged.replies).toHaveLength(1);
    const again = mergeNotes(first.write, theirs);
    expect([again.added, again.updated, again.unchanged]).toEqual([0, 0, 2]);
    expect(again.write).toEqual([]);
  });
});

describe('reviewReportHtml', () => {
  it('groups notes by pillar with quotes and threads, escapes text, and lists unplaced notes apart', () => {
    const [a, b] = sampleNotes();
    const unplaced = { ...a!, id: 'u1', placement: null, body: 'Waar staat dit nu?' };
    const out = reviewReportHtml([a!, b!, unplaced], analysis, 'Verslag <2025>');
    expect(out).toContain('<h2>Pijler 1: Veiligheid en persoonsgerichte zorg</h2>');
    expect(out).toContain('<h2>Pijler 2: Forensisch vakmanschap</h2>');
    expect(out).toContain('<blockquote>herzien na twee incidenten</blockquote>');
    expect(out).toContain('Twee agressie-incidenten');
    expect(out).toContain('Verslag &lt;2025&gt;');
    expect(out).toContain('&lt;helemaal&gt;');
    expect(out.indexOf('Niet geplaatste notities')).toBeLessThan(out.indexOf('Waar staat dit nu?'));
  });
});
