// Where each cell of a table block sits in the block's text (cells joined by ' | ', rows by ' / ', then
// whitespace-normalised), so a range in the text can be traced back to its cells and the other way round.
import type { Block } from '../schema';
import { normalizeSpace } from '../text/normalize';
import type { Range } from '../text/sentences';

/** A table block's text by the corpus rule: cells joined by ' | ', rows by ' / ', whitespace-normalised. */
export function tableText(rows: readonly (readonly string[])[]): string {
  return normalizeSpace(rows.map((r) => r.join(' | ')).join(' / '));
}

/** Per row, per cell: its range in `block.text`, or null for an empty cell (or one the text lacks). */
export function tableCellRanges(block: Pick<Block, 'text' | 'rows'>): (Range | null)[][] {
  let cursor = 0;
  return (block.rows ?? []).map((row) =>
    row.map((raw) => {
      const cell = normalizeSpace(raw);
      if (!cell) return null;
      const at = block.text.indexOf(cell, cursor);
      if (at < 0) return null;
      cursor = at + cell.length;
      return { start: at, end: cursor };
    }),
  );
}
