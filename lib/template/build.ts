// New Word XML for pieces of text, in the template's own style: paragraphs that take the paragraph properties of
// the place they fill (or the house's body style), list items on the house's bullets, tables in the house's table
// style, runs that keep the place's font but none of its hint looks (grey, italic, placeholder style). Flagged
// passages are highlighted and carry a comment, as in the carry-forward export.
import type { Mark } from '../carry/marks';
import type { StyleSheet } from '../docx/styles';
import { tableLines } from '../fill/table-lines';
import { xmlSafe } from '../text/xml-safe';
import type { Comments } from './comments';
import type { HouseStyle } from './house-style';
import { styleOf } from './looks';
import type { Piece } from './pieces';
import { kid, kids, make, remove, textElement, val } from './xml';

export interface Build {
  doc: Document;
  styles: StyleSheet;
  house: HouseStyle;
  comments: Comments;
}

/** The place's own look, for what goes in: paragraph properties and run properties to copy. */
export interface Look {
  pPr: Element | null;
  rPr: Element | null;
}

// The schema's order of a run's and a paragraph's properties: Word refuses them out of order.
const RPR_ORDER = [
  'rStyle',
  'rFonts',
  'b',
  'bCs',
  'i',
  'iCs',
  'caps',
  'smallCaps',
  'strike',
  'dstrike',
  'outline',
  'shadow',
  'emboss',
  'imprint',
  'noProof',
  'snapToGrid',
  'vanish',
  'webHidden',
  'color',
  'spacing',
  'w',
  'kern',
  'position',
  'sz',
  'szCs',
  'highlight',
  'u',
  'effect',
  'bdr',
  'shd',
  'fitText',
  'vertAlign',
  'rtl',
  'cs',
  'em',
  'lang',
  'eastAsianLayout',
  'specVanish',
  'oMath',
];
const PPR_ORDER = [
  'pStyle',
  'keepNext',
  'keepLines',
  'pageBreakBefore',
  'framePr',
  'widowControl',
  'numPr',
  'suppressLineNumbers',
  'pBdr',
  'shd',
  'tabs',
  'suppressAutoHyphens',
  'kinsoku',
  'wordWrap',
  'overflowPunct',
  'topLinePunct',
  'autoSpaceDE',
  'autoSpaceDN',
  'bidi',
  'adjustRightInd',
  'snapToGrid',
  'spacing',
  'ind',
  'contextualSpacing',
  'mirrorIndents',
  'suppressOverlap',
  'jc',
  'textDirection',
  'textAlignment',
  'textboxTightWrap',
  'outlineLvl',
  'divId',
  'cnfStyle',
  'rPr',
  'sectPr',
  'pPrChange',
];
/** what makes text look like a hint, and what belongs to the place rather than its text */
const HINT_PROPS = new Set(['color', 'i', 'iCs', 'highlight', 'shd', 'vanish', 'webHidden', 'rPrChange']);
const PLACE_PROPS = new Set(['numPr', 'sectPr', 'pPrChange', 'framePr']);
const PLACEHOLDER_STYLE = /placeholder|tijdelijke aanduiding/i;
const MAX_LIST_LEVEL = 8;
const INDENT = 360;

/** Sets a property element in its place in the schema's order, replacing one of the same name. */
function setProp(props: Element, el: Element, order: string[]): void {
  const old = kid(props, el.localName);
  if (old) {
    props.replaceChild(el, old);
    return;
  }
  const rank = order.indexOf(el.localName);
  const after = kids(props).find((c) => order.indexOf(c.localName) > rank);
  props.insertBefore(el, after ?? null);
}

/** A copy of run properties without the hint's looks (and without Word's placeholder style). */
export function runProps(b: Build, rPr: Element | null): Element | null {
  if (!rPr) return null;
  const copy = rPr.cloneNode(true) as Element;
  for (const c of kids(copy)) {
    const style = c.localName === 'rStyle' ? val(c) : null;
    if (HINT_PROPS.has(c.localName) || (style !== null && PLACEHOLDER_STYLE.test(b.styles.get(style)?.name ?? style)))
      remove(c);
  }
  return kids(copy).length ? copy : null;
}

/** A copy of a place's paragraph properties for new paragraphs: no numbering, section break or frame of its own. */
function paragraphProps(b: Build, pPr: Element | null): Element | null {
  if (!pPr) return null;
  const copy = pPr.cloneNode(true) as Element;
  for (const c of kids(copy)) if (PLACE_PROPS.has(c.localName)) remove(c);
  const mark = kid(copy, 'rPr');
  if (mark) {
    const clean = runProps(b, mark);
    if (clean) copy.replaceChild(clean, mark);
    else remove(mark);
  }
  return kids(copy).length ? copy : null;
}

/** The look of the house's body text, for a place that shows none (a heading with nothing under it). */
export const houseLook = (b: Build): Look => ({
  pPr: b.house.body ? make(b.doc, 'pPr', {}, make(b.doc, 'pStyle', { val: b.house.body })) : null,
  rPr: null,
});

/** A place's look: its paragraph's properties, and its run properties (the first run's, else the paragraph mark's);
 * a heading's place (a line in a heading, an empty heading paragraph) gives body text the house's look. */
export function lookOf(b: Build, p: Element | null, run: Element | null = null): Look {
  if (p && b.styles.get(styleOf(p))?.headingLevel) return houseLook(b);
  const pPr = p ? kid(p, 'pPr') : null;
  const rPr = (run && kid(run, 'rPr')) ?? (pPr && kid(pPr, 'rPr'));
  return { pPr: paragraphProps(b, pPr), rPr: runProps(b, rPr ?? null) };
}

function run(b: Build, text: string, rPr: Element | null, extra: Element[] = []): Element {
  const props = rPr ? (rPr.cloneNode(true) as Element) : extra.length ? make(b.doc, 'rPr') : null;
  for (const e of extra) setProp(props!, e, RPR_ORDER);
  const r = make(b.doc, 'r');
  if (props) r.appendChild(props);
  xmlSafe(text)
    .split('\n')
    .forEach((line, k) => {
      if (k) r.appendChild(make(b.doc, 'br'));
      if (line) r.appendChild(textElement(b.doc, line));
    });
  return r;
}

/** Text as runs; each mark highlighted and wrapped in a comment with its notes. */
export function runs(b: Build, text: string, marks: readonly Mark[], rPr: Element | null, bold = false): Node[] {
  const base = bold ? [make(b.doc, 'b')] : [];
  const out: Node[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out.push(run(b, text.slice(at, m.start), rPr, base));
    const id = String(b.comments.add(m.notes));
    out.push(
      make(b.doc, 'commentRangeStart', { id }),
      run(b, text.slice(m.start, m.end), rPr, [...base, make(b.doc, 'highlight', { val: 'yellow' })]),
      make(b.doc, 'commentRangeEnd', { id }),
      make(b.doc, 'r', {}, make(b.doc, 'commentReference', { id })),
    );
    at = m.end;
  }
  if (at < text.length || !out.length) out.push(run(b, text.slice(at), rPr, base));
  return out;
}

function paragraph(b: Build, pPr: Element | null, children: Node[]): Element {
  const p = make(b.doc, 'p');
  if (pPr) p.appendChild(pPr);
  for (const c of children) p.appendChild(c);
  return p;
}

const clone = (e: Element | null) => (e ? (e.cloneNode(true) as Element) : null);

function listItem(b: Build, piece: Extract<Piece, { kind: 'list-item' }>, look: Look): Element {
  const pPr = clone(look.pPr) ?? make(b.doc, 'pPr');
  const depth = String(Math.min(piece.depth, MAX_LIST_LEVEL));
  if (b.house.listStyle) setProp(pPr, make(b.doc, 'pStyle', { val: b.house.listStyle }), PPR_ORDER);
  if (b.house.bulletNum)
    setProp(
      pPr,
      make(b.doc, 'numPr', {}, make(b.doc, 'ilvl', { val: depth }), make(b.doc, 'numId', { val: b.house.bulletNum })),
      PPR_ORDER,
    );
  // without bullets of its own, the template gets a bullet character and an indent
  const plain = !b.house.bulletNum && !b.house.listStyle;
  if (plain)
    setProp(pPr, make(b.doc, 'ind', { left: String(INDENT * (piece.depth + 1)), hanging: String(INDENT) }), PPR_ORDER);
  const prefix = plain ? '• ' : '';
  const marks = piece.marks.map((m) => ({ ...m, start: m.start + prefix.length, end: m.end + prefix.length }));
  return paragraph(b, pPr, runs(b, prefix + piece.text, marks, look.rPr));
}

function table(b: Build, piece: Extract<Piece, { kind: 'table' }>): Element {
  const columns = piece.rows.reduce((n, r) => Math.max(n, r.length), 1);
  const width = Math.floor(b.house.width / columns);
  const tblPr = make(b.doc, 'tblPr');
  if (b.house.table) tblPr.appendChild(make(b.doc, 'tblStyle', { val: b.house.table }));
  tblPr.appendChild(make(b.doc, 'tblW', { w: '5000', type: 'pct' }));
  if (!b.house.table) {
    const line = (side: string) => make(b.doc, side, { val: 'single', sz: '4', space: '0', color: 'auto' });
    tblPr.appendChild(
      make(b.doc, 'tblBorders', {}, ...['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line)),
    );
  }
  tblPr.appendChild(
    make(b.doc, 'tblLook', {
      val: piece.header ? '04A0' : '0400',
      firstRow: piece.header ? '1' : '0',
      lastRow: '0',
      firstColumn: '1',
      lastColumn: '0',
      noHBand: '0',
      noVBand: '1',
    }),
  );
  const grid = make(
    b.doc,
    'tblGrid',
    {},
    ...Array.from({ length: columns }, () => make(b.doc, 'gridCol', { w: String(width) })),
  );
  // one comment for the table, on its first marked cell
  let noted = false;
  const rows = piece.rows.map((row, r) => {
    const header = piece.header && r === 0;
    const cells = Array.from({ length: columns }, (_, c) => {
      const text = row[c] ?? '';
      const marked = piece.marked[r]?.[c] === true && text !== '';
      const bold = header ? [make(b.doc, 'b')] : [];
      let children: Node[];
      if (marked && !noted)
        children = runs(b, text, [{ start: 0, end: text.length, notes: piece.notes }], null, header);
      else
        children = marked
          ? [run(b, text, null, [...bold, make(b.doc, 'highlight', { val: 'yellow' })])]
          : runs(b, text, [], null, header);
      noted ||= marked;
      return make(
        b.doc,
        'tc',
        {},
        make(b.doc, 'tcPr', {}, make(b.doc, 'tcW', { w: String(width), type: 'dxa' })),
        paragraph(b, null, children),
      );
    });
    return make(b.doc, 'tr', {}, ...(header ? [make(b.doc, 'trPr', {}, make(b.doc, 'tblHeader'))] : []), ...cells);
  });
  return make(b.doc, 'tbl', {}, tblPr, grid, ...rows);
}

/** Pieces as paragraphs and tables; `inCell`: a table goes in as its readable lines (no table inside a cell). */
export function blocksFor(b: Build, pieces: readonly Piece[], look: Look, inCell = false): Element[] {
  return pieces.flatMap((piece): Element[] => {
    if (piece.kind === 'paragraph')
      return [paragraph(b, clone(look.pPr), runs(b, piece.text, piece.marks, look.rPr, piece.lead))];
    if (piece.kind === 'list-item') return [listItem(b, piece, look)];
    if (!inCell) return [table(b, piece)];
    const lines = tableLines(piece.rows);
    return lines.map((line, k) =>
      paragraph(
        b,
        clone(look.pPr),
        runs(
          b,
          line,
          k === 0 && piece.notes.length ? [{ start: 0, end: line.length, notes: piece.notes }] : [],
          look.rPr,
        ),
      ),
    );
  });
}

/** Pieces as runs within one line, a line break between them. */
export function runsFor(b: Build, pieces: readonly Piece[], rPr: Element | null): Node[] {
  return pieces.flatMap((piece, k): Node[] => {
    const lines =
      piece.kind === 'table'
        ? [{ text: tableLines(piece.rows).join('\n'), marks: [] as Mark[] }]
        : [
            {
              text: piece.kind === 'list-item' ? `- ${piece.text}` : piece.text,
              marks:
                piece.kind === 'list-item'
                  ? piece.marks.map((m) => ({ ...m, start: m.start + 2, end: m.end + 2 }))
                  : piece.marks,
            },
          ];
    return [
      ...(k ? [make(b.doc, 'r', {}, make(b.doc, 'br'))] : []),
      ...lines.flatMap((l) => runs(b, l.text, l.marks, rPr)),
    ];
  });
}
