// Placing a note costs bounded work whatever a notes file holds: the context is cut to what tells places apart,
// a long quote is matched only where it stands unchanged, a quote found in thousands of places is scored in the
// most promising ones; files too large or with too many annotations are refused before reading them note by note.
// Work is counted as the approximate searches made (text length × pattern length), not timed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anchorQuote, MAX_CONTEXT, MAX_FUZZY_QUOTE, MAX_PLACES } from '../../lib/annotate/anchor';
import { checkNotesFileSize, fromAnnotationCollection, MAX_ANNOTATIONS } from '../../lib/annotate/web-annotation';

const work = vi.hoisted(() => ({ calls: 0, cells: 0, longest: 0 }));
vi.mock('approx-string-match', async (importOriginal) => {
  const real = (await importOriginal<typeof import('approx-string-match')>()).default;
  return {
    default: (text: string, pattern: string, maxErrors: number) => {
      work.calls++;
      work.cells += text.length * pattern.length;
      work.longest = Math.max(work.longest, pattern.length);
      return real(text, pattern, maxErrors);
    },
  };
});
beforeEach(() => Object.assign(work, { calls: 0, cells: 0, longest: 0 }));

const SENTENCES = [
  'Het veiligheidsbeleid is herzien na twee incidenten op de woonlocatie.',
  'De cliëntenraad kwam vier keer bijeen en besprak de nieuwe huisregels.',
  'Alle begeleiders volgen de e-learning forensische zorg binnen drie maanden.',
  'Intervisie vindt elke zes weken plaats in ieder team.',
];
/** A report's text of about `chars` characters, one sentence a line. */
const reportText = (chars: number) =>
  Array.from({ length: Math.ceil(chars / 60) }, (_, k) => `${SENTENCES[k % SENTENCES.length]} (${k})`).join('\n');
/** Context no report has: the worst case, every place is looked at. */
const noise = (n: number) => 'qwxz vbnm plkj '.repeat(Math.ceil(n / 15)).slice(0, n);

function measure(f: () => unknown) {
  Object.assign(work, { calls: 0, cells: 0, longest: 0 });
  const result = f();
  return { result, ...work };
}

describe('the work of placing one note is bounded', () => {
  const text = reportText(20_000);

  it('a one-letter quote with a 10,000-character prefix costs what its nearest context costs', () => {
    const prefix = noise(10_000);
    const long = measure(() => anchorQuote(text, { exact: 'e', prefix }));
    const near = measure(() => anchorQuote(text, { exact: 'e', prefix: prefix.slice(-MAX_CONTEXT) }));
    expect(long.longest).toBeLessThanOrEqual(MAX_CONTEXT);
    expect(long.cells).toBe(near.cells);
    expect(long.result).toEqual(near.result);
    // a few passes over the text with a context-long pattern, and a small window per place scored
    expect(long.cells).toBeLessThan(10 * text.length * MAX_CONTEXT);
  });

  it('a quote found in thousands of places is scored in the most promising ones only', () => {
    const small = measure(() => anchorQuote(text, { exact: 'e', prefix: noise(32), suffix: noise(32) }));
    const large = measure(() => anchorQuote(reportText(80_000), { exact: 'e', prefix: noise(32), suffix: noise(32) }));
    expect(text.split('e').length).toBeGreaterThan(20 * MAX_PLACES);
    expect(large.calls).toBeLessThanOrEqual(10 * MAX_PLACES);
    // four times the text: the same number of searches, each over at most four times the text
    expect(large.calls).toBe(small.calls);
    expect(large.cells).toBeLessThanOrEqual(4 * small.cells);
  });

  it('among many places, the one in its context still wins', () => {
    const lines = text.split('\n');
    const k = 200;
    const start = text.indexOf(lines[k]!) + lines[k]!.indexOf('herzien');
    const hit = anchorQuote(text, {
      exact: 'e',
      prefix: text.slice(start - 30, start + 1),
      suffix: text.slice(start + 2, start + 40),
    })!;
    expect(hit.start).toBe(start + 1);
    expect(hit.score).toBe(1);
  });

  it('a quote longer than MAX_FUZZY_QUOTE is found unchanged, and never matched approximately', () => {
    const exact = text.slice(1_000, 1_000 + 4 * MAX_FUZZY_QUOTE);
    const found = measure(() => anchorQuote(text, { exact }));
    expect(found.result).toMatchObject({ start: 1_000, end: 1_000 + exact.length, score: 1 });
    const changed = measure(() => anchorQuote(text, { exact: exact.replace(/e/g, 'a') }));
    expect(changed.result).toBeNull();
    expect(changed.longest).toBeLessThanOrEqual(MAX_CONTEXT);
  });
});

describe('notes files are checked before they are read note by note', () => {
  it('refuses a file too large by its size alone, with a one-line message', () => {
    expect(checkNotesFileSize(1024)).toBeNull();
    expect(checkNotesFileSize(20 * 1024 * 1024)).toEqual({
      nl: 'Dit notitiebestand is te groot (20 MB; hooguit 10 MB). Er is niets gewijzigd.',
      en: 'This notes file is too large (20 MB; at most 10 MB). Nothing was changed.',
    });
  });

  it('refuses more annotations than a review has, before reading them', () => {
    const item = (k: number) => ({
      id: `urn:uuid:${k}`,
      type: 'Annotation',
      target: { source: 's', selector: { type: 'TextQuoteSelector', exact: 'e' } },
    });
    const file = (n: number) =>
      JSON.stringify({ type: 'AnnotationCollection', first: { items: Array.from({ length: n }, (_, k) => item(k)) } });
    expect(fromAnnotationCollection(file(MAX_ANNOTATIONS), 'r')).toMatchObject({ ok: true });
    expect(fromAnnotationCollection(file(MAX_ANNOTATIONS + 1), 'r')).toEqual({
      ok: false,
      error: {
        nl: `Dit bestand bevat te veel notities en reacties (${MAX_ANNOTATIONS + 1}; hooguit ${MAX_ANNOTATIONS}). Er is niets gewijzigd.`,
        en: `This file holds too many notes and replies (${MAX_ANNOTATIONS + 1}; at most ${MAX_ANNOTATIONS}). Nothing was changed.`,
      },
      messages: [],
    });
  });

  it('checks the annotations one by one and names the first that is wrong', () => {
    const items = [
      {
        id: 'urn:uuid:1',
        type: 'Annotation',
        target: { source: 's', selector: { type: 'TextQuoteSelector', exact: 'goed' } },
      },
      {
        id: 'urn:uuid:2',
        type: 'Annotation',
        target: { source: 's', selector: { type: 'TextPositionSelector', start: -4, end: 2 } },
      },
      { id: 3, type: 'Annotation', target: 's' },
    ];
    const r = fromAnnotationCollection(JSON.stringify({ type: 'AnnotationCollection', first: { items } }), 'r');
    expect(r).toMatchObject({
      ok: false,
      error: {
        nl: expect.stringMatching(
          /^Dit is geen geldige W3C Web Annotation-collectie \(fout bij first\.items\.1\.target/,
        ),
      },
    });
  });
});
