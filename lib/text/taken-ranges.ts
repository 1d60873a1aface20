// Ranges of a text already claimed, asked whether a new one overlaps any: kept sorted by start and merged, so a
// question is a binary search instead of a look at every range taken (a paragraph of 40,000 figures took seconds).
import type { Range } from './sentences';

export class TakenRanges {
  /** disjoint, sorted by start */
  private list: Range[] = [];

  constructor(ranges: readonly Range[] = []) {
    this.add(ranges);
  }

  /** Whether `r` overlaps no range taken. */
  free(r: Range): boolean {
    // the first range that ends after r starts is the only one that can overlap it
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    const next = this.list[lo];
    return !next || next.start >= r.end;
  }

  /** Takes `ranges` too: one sort and merge for all of them. */
  add(ranges: readonly Range[]): void {
    if (!ranges.length) return;
    const all = [...this.list, ...ranges].sort((a, b) => a.start - b.start);
    const merged: Range[] = [];
    for (const r of all) {
      const last = merged.at(-1);
      if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ ...r });
    }
    this.list = merged;
  }
}
