// Ranges already taken, asked whether a new one overlaps: the same answers as looking at every range taken, on
// random ranges (overlapping, touching, empty), however they were added.
import { describe, expect, it } from 'vitest';
import { TakenRanges } from '../../lib/text/taken-ranges';
import type { Range } from '../../lib/text/sentences';

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** A small seeded generator, so a failure comes back the same. */
function random(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x % n;
  };
}

describe('TakenRanges', () => {
  it('answers as a look at every range would, for ranges added at once and one batch after another', () => {
    const next = random(7);
    const range = (): Range => {
      const start = next(200);
      return { start, end: start + next(12) };
    };
    for (let round = 0; round < 200; round++) {
      const batches = Array.from({ length: 1 + next(4) }, () => Array.from({ length: next(15) }, range));
      const taken = new TakenRanges(batches[0]);
      for (const b of batches.slice(1)) taken.add(b);
      const all = batches.flat();
      for (let q = 0; q < 50; q++) {
        const r = range();
        expect(taken.free(r), JSON.stringify({ r, all })).toBe(!all.some((t) => overlaps(r, t)));
      }
    }
  });

  it('keeps the ranges it was given as they were', () => {
    const given = [
      { start: 0, end: 5 },
      { start: 3, end: 9 },
    ];
    const taken = new TakenRanges(given);
    expect(taken.free({ start: 9, end: 12 })).toBe(true);
    expect(taken.free({ start: 8, end: 9 })).toBe(false);
    expect(given).toEqual([
      { start: 0, end: 5 },
      { start: 3, end: 9 },
    ]);
  });
});
