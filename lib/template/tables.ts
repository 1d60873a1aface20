// A template's table as rows and columns: which row is its header, what labels each row (its first cell), and
// which cells are places to write (empty, or holding only a placeholder). A cell's row label and column header are
// what a web form's table gives a field (rowHeader, colHeader).
import { normalizeSpace } from '../text/normalize';
import { holdsMore, paragraphKind } from './body';
import type { TemplateDoc } from './document';
import { isMark, isValue } from '../fill/table-lines';
import { toggle } from './looks';
import { isW, kid, kids, textOf, val } from './xml';

export type CellState = 'empty' | 'placeholder' | 'text' | 'control' | 'merged';

export interface GridCell {
  tc: Element;
  /** its first grid column (a cell spanning columns counts from its first) */
  col: number;
  text: string;
  state: CellState;
}

export interface TableGrid {
  rows: GridCell[][];
  /** the first row names the columns */
  header: boolean;
}

/** Children of one name, also those wrapped in a content control (a row or cell inside a w:sdt). */
function unwrapped(parent: Element, name: string): Element[] {
  return kids(parent).flatMap((el) =>
    isW(el, name) ? [el] : isW(el, 'sdt') ? unwrapped(kid(el, 'sdtContent') ?? el, name) : [],
  );
}

function cellState(tc: Element, t: Pick<TemplateDoc, 'styles'>, isSlotControl: (sdt: Element) => boolean): CellState {
  const props = kid(tc, 'tcPr');
  const merge = props && kid(props, 'vMerge');
  if (merge && val(merge) !== 'restart') return 'merged';
  if (Array.from(tc.getElementsByTagNameNS(tc.namespaceURI, 'sdt')).some(isSlotControl)) return 'control';
  const paragraphs = kids(tc, 'p');
  if (kids(tc).some((e) => !isW(e, 'p') && !isW(e, 'tcPr')))
    return normalizeSpace(textOf(tc)) || holdsMore(tc) ? 'text' : 'empty';
  const kinds = paragraphs.map((p) => paragraphKind(p, t));
  if (kinds.every((k) => k === 'empty')) return 'empty';
  return kinds.every((k) => k === 'empty' || k === 'placeholder') ? 'placeholder' : 'text';
}

const grids = new WeakMap<Element, TableGrid>();

export function readTable(
  tbl: Element,
  t: Pick<TemplateDoc, 'styles'>,
  isSlotControl: (sdt: Element) => boolean,
): TableGrid {
  const known = grids.get(tbl);
  if (known) return known;
  const rows = unwrapped(tbl, 'tr').map((tr) => {
    let col = 0;
    return unwrapped(tr, 'tc').map((tc): GridCell => {
      const at = col;
      col += Number(val(kid(kid(tc, 'tcPr') ?? tc, 'gridSpan'))) || 1;
      return { tc, col: at, text: normalizeSpace(textOf(tc)), state: cellState(tc, t, isSlotControl) };
    });
  });
  const [first, ...rest] = rows;
  const open = (c: GridCell) => c.state === 'empty' || c.state === 'placeholder' || c.state === 'control';
  const firstRow = unwrapped(tbl, 'tr')[0];
  const marked = firstRow !== undefined && toggle(kid(firstRow, 'trPr'), 'tblHeader') === true;
  // a first row of names (some may be empty) over columns that are still to be filled in below
  const naming =
    first !== undefined &&
    first.filter((c) => c.state === 'text').length >= 2 &&
    first.every((c) => (c.state === 'text' && !isValue(c.text) && !/[.!]$/.test(c.text)) || c.state === 'empty') &&
    rest.some((row) => row.some((c) => open(c) && first.some((h) => h.col === c.col)));
  const grid = { rows, header: marked || naming };
  grids.set(tbl, grid);
  return grid;
}

export interface CellPlace {
  rowHeader: string;
  colHeader: string;
  /** keys shared by the cells of one row, one table */
  row: string;
  group: string;
}

const YEAR = /^(?:19|20)\d\d$/;
const PLANNING_YEARS = 3;

/** What labels a row: its first cell with words ("3.1.1 | Het behandelplan | …" is labelled by the second). */
const labelOf = (row: GridCell[]) => row.find((c) => c.state === 'text' && /\p{L}/u.test(c.text)) ?? null;

/** The row label and column header of a place in a table cell. */
export function cellPlace(grid: TableGrid, tc: Element, tableKey: string): CellPlace | null {
  for (const [r, row] of grid.rows.entries()) {
    const cell = row.find((c) => c.tc === tc);
    if (!cell) continue;
    const found = labelOf(row);
    const label = found && found.col < cell.col ? found.text : '';
    const head = grid.header && r > 0 ? (grid.rows[0]!.find((h) => h.col === cell.col)?.text ?? '') : '';
    return { rowHeader: label, colHeader: head, row: `${tableKey}r${r}`, group: tableKey };
  }
  return null;
}

/**
 * The cells to write in: after a row's label, empty or holding a placeholder; not in the header row, and not in a
 * column that holds figures or ticks elsewhere or in a planning's year columns (an empty cell there says "none").
 */
export function answerCells(grid: TableGrid): GridCell[] {
  const body = grid.rows.slice(grid.header ? 1 : 0);
  const data = new Set(
    body.flatMap((row) =>
      row.filter((c) => c.state === 'text' && (isValue(c.text) || isMark(c.text))).map((c) => c.col),
    ),
  );
  // a planning grid ("2022 | 2023 | 2024 | …") marks its cells, by shading as often as by text
  const years = grid.header ? grid.rows[0]!.filter((c) => YEAR.test(c.text)) : [];
  if (years.length >= PLANNING_YEARS) for (const c of years) data.add(c.col);
  return body.flatMap((row) => {
    const label = labelOf(row);
    return label
      ? row.filter((c) => c.col > label.col && !data.has(c.col) && (c.state === 'empty' || c.state === 'placeholder'))
      : [];
  });
}
