// Where a carried-forward block is highlighted: its flags merged into disjoint marks and, for a table, the cells
// those marks touch. Flag ranges are offsets in the block's whitespace-normalised text.
import type { StaleFlag } from '../schema';
import { normalizeSpace } from '../text/normalize';
import { tableCellRanges, tableText } from '../docx/table-cells';

export interface Mark {
  start: number;
  end: number;
  /** the distinct reasons of the flags it is made of, in text order */
  notes: string[];
}

/** Overlapping or touching flags become one mark; ranges are clipped to the text and empty ones left out. */
export function mergeFlags(flags: readonly StaleFlag[], textLength: number, language: 'nl' | 'en'): Mark[] {
  const ranges = flags
    .map((f) => ({ start: Math.max(0, f.start), end: Math.min(textLength, f.end), note: f[language] }))
    .filter((f) => f.start < f.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const marks: Mark[] = [];
  for (const f of ranges) {
    const last = marks[marks.length - 1];
    if (last && f.start <= last.end) {
      last.end = Math.max(last.end, f.end);
      if (!last.notes.includes(f.note)) last.notes.push(f.note);
    } else marks.push({ start: f.start, end: f.end, notes: [f.note] });
  }
  return marks;
}

/** Which cells to highlight: those a mark touches, or every non-empty cell when the offsets cannot be trusted. */
export function markedCells(rows: string[][], text: string, marks: readonly Mark[]): boolean[][] {
  if (tableText(rows) !== text)
    return rows.map((row) => row.map((cell) => marks.length > 0 && normalizeSpace(cell) !== ''));
  return tableCellRanges({ rows, text }).map((row) =>
    row.map((cell) => cell !== null && marks.some((m) => cell.start < m.end && m.start < cell.end)),
  );
}
