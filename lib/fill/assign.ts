// An assignment over a whole form: every question gets at most one item and every item at most one question, so
// that the sum of the scores is as high as it can be (the Hungarian method). A greedy choice field by field would
// give an item to whichever field came first and push the better one off.

/** Below any real score: a row may not take this column. */
export const FORBIDDEN = -1;
const BIG = 1e6;

/**
 * `weights[r][c]` (0..1, or FORBIDDEN) is how well row r fits column c; there are at least as many columns as rows
 * and every row has a column it may take. Returns the column each row gets.
 */
export function assign(weights: number[][]): number[] {
  const n = weights.length;
  const m = weights[0]?.length ?? 0;
  if (n === 0) return [];
  if (m < n) throw new Error('assign: fewer columns than rows');
  const cost = (r: number, c: number) => (weights[r - 1]![c - 1]! === FORBIDDEN ? BIG : 1 - weights[r - 1]![c - 1]!);
  // potentials, and for every column the row it holds (1-based; 0 is the free start)
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const holder = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let row = 1; row <= n; row++) {
    holder[0] = row;
    let col = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[col] = true;
      const r = holder[col]!;
      let delta = Infinity;
      let next = 0;
      for (let c = 1; c <= m; c++) {
        if (used[c]) continue;
        const reduced = cost(r, c) - u[r]! - v[c]!;
        if (reduced < minv[c]!) {
          minv[c] = reduced;
          way[c] = col;
        }
        if (minv[c]! < delta) {
          delta = minv[c]!;
          next = c;
        }
      }
      for (let c = 0; c <= m; c++) {
        if (used[c]) {
          u[holder[c]!]! += delta;
          v[c]! -= delta;
        } else minv[c]! -= delta;
      }
      col = next;
    } while (holder[col] !== 0);
    do {
      const prev = way[col]!;
      holder[col] = holder[prev]!;
      col = prev;
    } while (col !== 0);
  }
  const out = new Array<number>(n).fill(-1);
  for (let c = 1; c <= m; c++) if (holder[c]) out[holder[c]! - 1] = c - 1;
  return out;
}
