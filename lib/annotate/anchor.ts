// Finding a quoted passage again in a text that may have changed, the way Hypothesis anchors annotations:
// every candidate (exact occurrences, else the best approximate matches from approx-string-match) is
// scored on the quote itself, on the text before and after it, and on its distance from the old position.
import search from 'approx-string-match';

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

/** Below this share of the quote found intact, a match is a guess: the note is better shown as unplaced. */
export const MIN_QUOTE_SIMILARITY = 0.75;

/** How alike `actual` is to `expected`, 0..1, by approximate search of one in the other. */
function similarity(actual: string, expected: string): number {
  if (!expected) return 1;
  if (!actual) return 0;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

function score(text: string, target: QuoteTarget, start: number, end: number, errors: number): number {
  const quote = 1 - errors / target.exact.length;
  const prefix = target.prefix ? similarity(text.slice(Math.max(0, start - target.prefix.length), start), target.prefix) : 1;
  const suffix = target.suffix ? similarity(text.slice(end, end + target.suffix.length), target.suffix) : 1;
  const position = target.start === undefined || !text.length ? 1 : 1 - Math.min(1, Math.abs(start - target.start) / text.length);
  return (WEIGHT.quote * quote + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * position) / TOTAL;
}

function exactOccurrences(text: string, exact: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) at.push(i);
  return at;
}

/** Every place the quote may be now, scored; `accept` narrows the places (e.g. whole blocks only).
 * Exact occurrences first; approximate matches only when no exact one is acceptable. */
export function scoredCandidates(text: string, target: QuoteTarget, accept: (start: number, end: number) => boolean = () => true): Anchor[] {
  if (!target.exact) return [];
  const len = target.exact.length;
  let found = exactOccurrences(text, target.exact)
    .map((start) => ({ start, end: start + len, errors: 0 }))
    .filter((c) => accept(c.start, c.end));
  if (!found.length) {
    found = search(text, target.exact, Math.min(256, Math.floor(len / 2))).filter((m) => 1 - m.errors / len >= MIN_QUOTE_SIMILARITY && accept(m.start, m.end));
  }
  return found.map((c) => ({ start: c.start, end: c.end, score: score(text, target, c.start, c.end, c.errors) }));
}

/** Where `target.exact` is in `text` now (UTF-16 offsets), or null when it cannot be placed with confidence. */
export function anchorQuote(text: string, target: QuoteTarget): Anchor | null {
  return best(scoredCandidates(text, target));
}

export function best(anchors: Anchor[]): Anchor | null {
  return anchors.reduce<Anchor | null>((b, a) => (!b || a.score > b.score ? a : b), null);
}
