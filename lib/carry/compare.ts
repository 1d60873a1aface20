// This year's draft against last year's report, section by section in the KKFZ structure: what was copied
// unchanged (and may be stale), what was reworded, what is new and what was left out.
import { diffWords } from 'diff';
import type { Analysis, StaleFlag } from '../schema';
import { foldSameLength } from '../text/normalize';
import { findStale } from './stale';
import { fileBlocks, sectionKey, sectionRank, type Filed } from './sections';

/** A reworded block: at least this share of its words is last year's. */
const CHANGED_SIMILARITY = 0.5;
/** Candidates compared word by word for each block without an identical twin. */
const CANDIDATES = 3;
/** Last year's blocks looked at per block when gathering its candidates, through its rarest words first: among
 * thousands of look-alike paragraphs a block still costs a bounded amount of work, and the words it skips are
 * the ones too common to tell blocks apart. A report's own blocks stay well within it. */
const CANDIDATE_BUDGET = 2000;

export interface DiffPart {
  op: 'same' | 'add' | 'del';
  text: string;
}

/** One section of the KKFZ structure (its title: sections.ts `sectionTitle`). */
export interface SectionComparison extends Filed {
  /** copied word for word; `flags` say why one may be stale */
  unchanged: { i: number; previous: number; flags: StaleFlag[] }[];
  changed: { i: number; previous: number; similarity: number; diff: DiffPart[] }[];
  added: number[];
  /** last year's blocks (indices in the previous report) that have no counterpart now */
  removed: number[];
}

export interface YearComparison {
  fromYear: number | null;
  year: number | null;
  sections: SectionComparison[];
  totals: { unchanged: number; stale: number; changed: number; added: number; removed: number };
}

const words = (text: string) => foldSameLength(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const key = (text: string) => words(text).join(' ');

/** The share of the longer text's words that both have, and the word diff. */
function similarity(a: string, b: string): { score: number; diff: DiffPart[] } {
  const changes = diffWords(a, b);
  const count = (keep: (c: (typeof changes)[number]) => boolean) =>
    changes.filter(keep).reduce((n, c) => n + words(c.value).length, 0);
  const same = count((c) => !c.added && !c.removed);
  return {
    score: same / Math.max(1, same + count((c) => c.removed), same + count((c) => c.added)),
    diff: changes.map((c) => ({ op: c.added ? 'add' : c.removed ? 'del' : 'same', text: c.value })),
  };
}

/** The unpaired blocks of last year (`index`: word → blocks, in order) that share the most words with `text`:
 * at most CANDIDATES, the earliest first among equals. */
function candidates(text: string, index: Map<string, number[]>, paired: Set<number>): number[] {
  const lists = [...new Set(words(text))]
    .map((w) => index.get(w))
    .filter((l) => l !== undefined)
    .sort((x, y) => x.length - y.length);
  const shared = new Map<number, number>();
  let budget = CANDIDATE_BUDGET;
  for (const list of lists) {
    if (list.length > budget) break;
    budget -= list.length;
    for (const p of list) if (!paired.has(p)) shared.set(p, (shared.get(p) ?? 0) + 1);
  }
  // the best few in one pass: sorting every candidate would cost more than the rest together
  const top: [number, number][] = [];
  for (const entry of shared) {
    const at = top.findIndex(([p, n]) => entry[1] > n || (entry[1] === n && entry[0] < p));
    top.splice(at < 0 ? top.length : at, 0, entry);
    if (top.length > CANDIDATES) top.pop();
  }
  return top.map(([p]) => p);
}

export function compareYears(previous: Analysis, current: Analysis): YearComparison {
  const prev = previous.document.blocks;
  const cur = current.document.blocks;
  const fromYear = previous.effectiveYear ?? (current.effectiveYear === null ? null : current.effectiveYear - 1);
  const staleBefore = fromYear === null ? prev.map(() => []) : findStale(prev, previous.mappings, fromYear);
  const prevFiled = fileBlocks(prev, previous.mappings);
  const curFiled = fileBlocks(cur, current.mappings);

  const pairedPrev = new Set<number>();
  const pairs = new Map<number, { previous: number; similarity: number; diff: DiffPart[] | null }>();
  // identical text first, in document order, so repeated lines pair up one to one (each text's blocks
  // stacked last first: the next free one is popped, however often the text repeats)
  const byText = new Map<string, number[]>();
  for (let k = prev.length - 1; k >= 0; k--) {
    const t = key(prev[k]!.text);
    if (!t) continue;
    const stack = byText.get(t);
    if (stack) stack.push(k);
    else byText.set(t, [k]);
  }
  for (const b of cur) {
    const same = byText.get(key(b.text))?.pop();
    if (same === undefined) continue;
    pairedPrev.add(same);
    pairs.set(b.i, { previous: same, similarity: 1, diff: null });
  }
  // then rewordings: candidates share the most words, the diff decides
  const index = new Map<string, number[]>();
  prev.forEach((b) => {
    if (pairedPrev.has(b.i)) return;
    for (const w of new Set(words(b.text))) {
      if (w.length < 4) continue;
      const list = index.get(w);
      if (list) list.push(b.i);
      else index.set(w, [b.i]);
    }
  });
  for (const b of cur) {
    if (pairs.has(b.i) || b.kind === 'heading') continue;
    const best = candidates(b.text, index, pairedPrev)
      .map((p) => ({ p, ...similarity(prev[p]!.text, b.text) }))
      .sort((x, y) => y.score - x.score)[0];
    if (!best || best.score < CHANGED_SIMILARITY) continue;
    pairedPrev.add(best.p);
    pairs.set(b.i, { previous: best.p, similarity: best.score, diff: best.diff });
  }

  const sections = new Map<string, SectionComparison>();
  const section = (f: Filed) => {
    const k = sectionKey(f);
    if (!sections.has(k))
      sections.set(k, { pillar: f.pillar, theme: f.theme, unchanged: [], changed: [], added: [], removed: [] });
    return sections.get(k)!;
  };
  for (const b of cur) {
    const s = section(curFiled[b.i]!);
    const pair = pairs.get(b.i);
    if (!pair) s.added.push(b.i);
    else if (!pair.diff) s.unchanged.push({ i: b.i, previous: pair.previous, flags: staleBefore[pair.previous]! });
    else s.changed.push({ i: b.i, previous: pair.previous, similarity: pair.similarity, diff: pair.diff });
  }
  for (const b of prev) if (!pairedPrev.has(b.i)) section(prevFiled[b.i]!).removed.push(b.i);

  const list = [...sections.values()].sort((a, b) => sectionRank(a) - sectionRank(b));
  const count = (f: (s: SectionComparison) => number) => list.reduce((n, s) => n + f(s), 0);
  return {
    fromYear,
    year: current.effectiveYear,
    sections: list,
    totals: {
      unchanged: count((s) => s.unchanged.length),
      stale: count((s) => s.unchanged.filter((u) => u.flags.length > 0).length),
      changed: count((s) => s.changed.length),
      added: count((s) => s.added.length),
      removed: count((s) => s.removed.length),
    },
  };
}
