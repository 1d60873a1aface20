// Finding a quoted passage again in a text that may have changed, the way Hypothesis anchors annotations:
// every candidate (exact occurrences, else the best approximate matches from approx-string-match) is
// scored on the quote itself, on the text before and after it, and on its distance from the old position.
// Approximate matching compares folded text (case, diacritics and punctuation ignored, `fold.ts`) and
// maps every match back to the original, so a placement is exact in the text as written. The work per quote is
// bounded, whatever a file holds: the context is cut to what tells places apart, a long quote is found only where
// it stands unchanged, and a quote found in many places is scored in the most promising ones only.
import search from 'approx-string-match';
import { foldQuote, foldText, unfoldRange, widenToQuote, type FoldedText } from './fold';

export interface QuoteTarget {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** the quote's old start offset: a tie-breaker, never decisive */
  start?: number;
}

export interface Anchor {
  start: number;
  end: number;
  /** 0..1: 1 = the quote and its context found unchanged at the old place */
  score: number;
}

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/** Below this share of the quote found intact, a match is a guess: the note is better shown as unplaced
 * — unless the text right before or after it is the quote's own context (then down to half, as Hypothesis
 * allows: an author who adds or drops words changes a short quote a lot). */
export const MIN_QUOTE_SIMILARITY = 0.75;
const MIN_QUOTE_SIMILARITY_IN_CONTEXT = 0.5;
/** A side of the context counts as found from this similarity on. */
const CONTEXT_FOUND = 0.75;
/** An overall score from which an exact occurrence is trusted without looking further. */
export const CONFIDENT = 0.75;
/** Below 1: the words were found, but not as they were written. */
const CHANGED_SURFACE = 0.99;
/** Context used on each side of a quote: twice what a note keeps (32, as Hypothesis), so every note of ours is
 * unaffected, while a file's 1,000-character prefix no longer costs its length squared at every place. */
export const MAX_CONTEXT = 64;
/** Approximate matching costs about a quote's length squared per place: a longer quote (longer than a block
 * note's) is found only where it stands unchanged, else shown as unplaced. */
export const MAX_FUZZY_QUOTE = 500;
/** Places scored in full per quote: a one-letter quote occurs thousands of times in a report. */
export const MAX_PLACES = 100;

/** How alike `actual` is to `expected`, 0..1, by approximate search of one in the other. */
function similarity(actual: string, expected: string): number {
  if (!expected) return 1;
  if (!actual) return 0;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

const positionScore = (textLength: number, target: QuoteTarget, start: number) =>
  target.start === undefined || !textLength ? 1 : 1 - Math.min(1, Math.abs(start - target.start) / textLength);

const combine = (quote: number, prefix: number, suffix: number, position: number) =>
  (WEIGHT.quote * quote + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * position) / TOTAL;

/** An exact occurrence, scored in the text as written. */
function scoreExact(text: string, target: QuoteTarget, start: number, end: number): number {
  const prefix = target.prefix
    ? similarity(text.slice(Math.max(0, start - target.prefix.length), start), target.prefix)
    : 1;
  const suffix = target.suffix ? similarity(text.slice(end, end + target.suffix.length), target.suffix) : 1;
  return combine(1, prefix, suffix, positionScore(text.length, target, start));
}

/** How many characters right next to a place agree with the context, read outward: a cheap first look. A folded
 * text has a space between the place and its context where the folded context has none. */
function contextAgreement(text: string, prefix: string, suffix: string, start: number, end: number): number {
  const before = (from: number) => {
    let n = 0;
    while (n < prefix.length && text[from - 1 - n] === prefix[prefix.length - 1 - n]) n++;
    return n;
  };
  const after = (from: number) => {
    let n = 0;
    while (n < suffix.length && text[from + n] === suffix[n]) n++;
    return n;
  };
  return (
    Math.max(before(start), text[start - 1] === ' ' ? before(start - 1) : 0) +
    Math.max(after(end), text[end] === ' ' ? after(end + 1) : 0)
  );
}

/** At most MAX_PLACES of `places`: the fewest errors, then the most context agreeing, then the nearest to the old
 * position. All of them when there are not so many. */
function mostPromising<T extends { start: number; end: number; errors?: number }>(
  places: T[],
  text: string,
  prefix: string,
  suffix: string,
  oldStart?: number,
): T[] {
  if (places.length <= MAX_PLACES) return places;
  return places
    .map((p) => ({
      p,
      agree: contextAgreement(text, prefix, suffix, p.start, p.end),
      distance: oldStart === undefined ? 0 : Math.abs(p.start - oldStart),
    }))
    .sort((a, b) => (a.p.errors ?? 0) - (b.p.errors ?? 0) || b.agree - a.agree || a.distance - b.distance)
    .slice(0, MAX_PLACES)
    .map((r) => r.p);
}

function exactOccurrences(text: string, exact: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) at.push(i);
  return at;
}

// Folding a long document for every note is wasted work: keep the last few.
const foldCache = new Map<string, FoldedText>();
function folded(text: string): FoldedText {
  let f = foldCache.get(text);
  if (!f) {
    f = foldText(text);
    if (foldCache.size >= 4) foldCache.delete(foldCache.keys().next().value!);
    foldCache.set(text, f);
  }
  return f;
}

interface Match {
  start: number;
  end: number;
  errors: number;
}

/** Approximate matches of the folded quote: the best ones in the whole text, and the best ones right after
 * where the prefix is found and right before where the suffix is found (there the context decides, even when
 * a closer look-alike stands elsewhere). Offsets in the folded text. */
function foldedMatches(ft: string, quote: string, prefix: string, suffix: string): Match[] {
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  // without errors allowed (a one-letter quote) plain search finds the same, without a match object's cost each
  const find = (text: string) =>
    maxErrors
      ? search(text, quote, maxErrors)
      : exactOccurrences(text, quote).map((start) => ({ start, end: start + quote.length, errors: 0 }));
  const out = find(ft);
  const span = quote.length + maxErrors + 1;
  const near = (context: string, after: boolean) => {
    if (context.length < 8) return;
    for (const c of search(ft, context, Math.floor(context.length / 4)).slice(0, 20)) {
      const from = after ? c.end : Math.max(0, c.start - span);
      const to = after ? Math.min(ft.length, c.end + span) : c.start;
      for (const m of find(ft.slice(from, to)))
        out.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    }
  };
  near(prefix, true);
  near(suffix, false);
  return out;
}

/** The text between where the prefix ends and the suffix begins, when both are found close together:
 * that is the passage, however much its words changed (a short quote that gained a word has more than half
 * its length in errors). Offsets in the folded text. */
function bracketed(ft: string, quote: string, prefix: string, suffix: string): Match[] {
  if (prefix.length < 8 || suffix.length < 8) return [];
  const out: Match[] = [];
  for (const p of search(ft, prefix, Math.floor(prefix.length / 4)).slice(0, 20)) {
    const window = ft.slice(p.end, p.end + quote.length * 3 + 32);
    for (const s of search(window, suffix, Math.floor(suffix.length / 4)).slice(0, 5)) {
      let start = p.end;
      let end = p.end + s.start;
      while (start < end && ft[start] === ' ') start++;
      while (end > start && ft[end - 1] === ' ') end--;
      const span = ft.slice(start, end);
      if (span && !span.includes('\n')) out.push({ start, end, errors: editDistance(quote, span) });
    }
  }
  return out;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** How alike two folded passages are by their words, in order (Dice over the longest common run of words):
 * a gained or dropped word costs one word, not its length in characters. */
function wordSimilarity(a: string, b: string): number {
  const x = a.split(/\s+/).filter(Boolean);
  const y = b.split(/\s+/).filter(Boolean);
  if (!x.length || !y.length) return 0;
  let row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const next = [0];
    for (let j = 1; j <= y.length; j++)
      next[j] = x[i - 1] === y[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return (2 * row[y.length]!) / (x.length + y.length);
}

const isWordChar = (c: string | undefined) => !!c && c !== ' ' && c !== '\n';

/** Where a match ending at `end` may start: the start with the fewest edits between the quote and the
 * text from there, and the word beginnings with nearly as few. Edit distance alone cuts "methodiek van het
 * competentiegericht" to "het competentiegericht"; the context (scored by the caller) decides. */
function startsFor(ft: string, quote: string, end: number, maxErrors: number): Match[] {
  const width = Math.min(end, quote.length + maxErrors);
  // row[j]: edits between the last i units of the quote and the j units of text before `end`
  let row = Array.from({ length: width + 1 }, (_, j) => j);
  for (let i = 1; i <= quote.length; i++) {
    const next = [i];
    const q = quote[quote.length - i];
    for (let j = 1; j <= width; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (ft[end - j] === q ? 0 : 1));
    row = next;
  }
  const least = Math.min(...row);
  const slack = Math.max(2, Math.floor(quote.length / 4));
  const out: Match[] = [];
  for (let j = 1; j <= width; j++) {
    const atWord = !isWordChar(ft[end - j - 1]) && isWordChar(ft[end - j]);
    if (row[j] === least || (atWord && row[j]! <= Math.min(maxErrors, least + slack)))
      out.push({ start: end - j, end, errors: row[j]! });
  }
  return out;
}

/** Every approximate place of the quote in folded text, scored, mapped back to the original. */
function foldedCandidates(
  text: string,
  target: QuoteTarget,
  accept: (start: number, end: number) => boolean,
): Anchor[] {
  const quote = foldQuote(target.exact);
  if (!quote || quote.length > MAX_FUZZY_QUOTE) return [];
  const ft = folded(text);
  const prefix = target.prefix ? foldQuote(target.prefix) : '';
  const suffix = target.suffix ? foldQuote(target.suffix) : '';
  const seen = new Set<string>();
  const out: Anchor[] = [];
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const ends = new Set(
    mostPromising(foldedMatches(ft.text, quote, prefix, suffix), ft.text, prefix, suffix).map((m) => m.end),
  );
  const matches = [
    ...[...ends].flatMap((end) => startsFor(ft.text, quote, end, maxErrors)),
    ...bracketed(ft.text, quote, prefix, suffix),
  ];
  for (const m of matches) {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const q = Math.max(1 - m.errors / quote.length, wordSimilarity(quote, ft.text.slice(m.start, m.end)));
    if (q < MIN_QUOTE_SIMILARITY_IN_CONTEXT) continue;
    const p = prefix ? similarity(ft.text.slice(Math.max(0, m.start - prefix.length - 1), m.start).trim(), prefix) : 1;
    const s = suffix ? similarity(ft.text.slice(m.end, m.end + suffix.length + 1).trim(), suffix) : 1;
    const inContext = (!!prefix && p >= CONTEXT_FOUND) || (!!suffix && s >= CONTEXT_FOUND);
    if (q < MIN_QUOTE_SIMILARITY && !inContext) continue;
    const range = unfoldRange(text, ft, m.start, m.end);
    const { start, end } = widenToQuote(text, target.exact, range.start, range.end);
    if (end <= start || !accept(start, end)) continue;
    const score = combine(q, p, s, positionScore(text.length, target, start));
    out.push({ start, end, score: text.slice(start, end) === target.exact ? score : Math.min(score, CHANGED_SURFACE) });
  }
  return out;
}

/** Every place the quote may be now, scored; `accept` narrows the places (e.g. whole blocks only).
 * Exact occurrences first; when none of them is convincing (none, or none in its context), also the
 * approximate matches, case- and punctuation-insensitive. */
export function scoredCandidates(
  text: string,
  whole: QuoteTarget,
  accept: (start: number, end: number) => boolean = () => true,
): Anchor[] {
  if (!whole.exact) return [];
  const target = { ...whole, prefix: whole.prefix?.slice(-MAX_CONTEXT), suffix: whole.suffix?.slice(0, MAX_CONTEXT) };
  const len = target.exact.length;
  const places = exactOccurrences(text, target.exact)
    .filter((start) => accept(start, start + len))
    .map((start) => ({ start, end: start + len }));
  const exact = mostPromising(places, text, target.prefix ?? '', target.suffix ?? '', target.start).map(
    ({ start, end }) => ({ start, end, score: scoreExact(text, target, start, end) }),
  );
  if (exact.some((a) => a.score >= CONFIDENT)) return exact;
  const overlapsExact = (a: Anchor) => exact.some((e) => a.start < e.end && e.start < a.end);
  return [...exact, ...foldedCandidates(text, target, accept).filter((a) => !overlapsExact(a))];
}

/** Where `target.exact` is in `text` now (UTF-16 offsets), or null when it cannot be placed with confidence. */
export function anchorQuote(text: string, target: QuoteTarget): Anchor | null {
  return best(scoredCandidates(text, target));
}

export function best(anchors: Anchor[]): Anchor | null {
  return anchors.reduce<Anchor | null>((b, a) => (!b || a.score > b.score ? a : b), null);
}
