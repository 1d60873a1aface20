// Collect: every fillable field of a page (its same-origin frames included) with the signals that say what
// it asks for. Reads the DOM, changes nothing.
import { computeAccessibleDescription, computeAccessibleName } from 'dom-accessibility-api';
import { normalizeSpace } from '../text/normalize';
import type { CollectedField, FieldKind, FieldSignals } from './field';

/** input types that take typed text; checkboxes, buttons, files and the like are not filled */
const TEXT_INPUTS = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'number', 'date', 'month', 'week', 'time', 'datetime-local']);
const CANDIDATES = 'input, textarea, select, [contenteditable]';
const BLOCKS = 'p, label, div, span, li, dt, dd, td, th, legend, h1, h2, h3, h4, h5, h6, strong, b, em';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const CAP = 300;

const text = (node: Node | null | undefined) => normalizeSpace(node?.textContent ?? '').slice(0, CAP);

function editingHost(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  if (v === null || v === 'false') return false;
  // only the outermost editable element is a field; its inside belongs to it
  return !el.parentElement?.closest('[contenteditable]:not([contenteditable="false"])');
}

function kindOf(el: Element): FieldKind | null {
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea') return 'textarea';
  if (tag === 'select') return 'select';
  if (tag === 'input') return TEXT_INPUTS.has((el.getAttribute('type') ?? '').toLowerCase()) ? 'text' : null;
  return editingHost(el) ? 'editable' : null;
}

/** Not rendered, hidden from everyone, or switched off: not a field the user can see or fill. */
function usable(el: HTMLElement): boolean {
  if ((el as HTMLInputElement).disabled || el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  const check = (el as { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  // without layout (jsdom): the cascade's display and visibility, up the tree
  const win = el.ownerDocument.defaultView;
  for (let e: Element | null = el; e && win; e = e.parentElement) {
    const style = win.getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}

/** "thema_10_clientmetingen", "f-naasten", "planningThemas" → words */
function tokens(el: Element): string {
  const raw = [...new Set([el.getAttribute('name'), el.getAttribute('data-name'), el.id].filter(Boolean))].join(' ');
  return normalizeSpace(raw.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.[\]:]+/g, ' ').replace(/(\d+)/g, ' $1 '));
}

function labelParts(el: HTMLElement): string[] {
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const doc = el.ownerDocument;
  const parts = ids.map((id) => text(doc.getElementById(id))).filter(Boolean);
  if (parts.length) return parts.reverse();
  const name = normalizeSpace(computeAccessibleName(el)).slice(0, CAP);
  return name ? [name] : [];
}

function tableHeaders(el: HTMLElement): Pick<FieldSignals, 'rowHeader' | 'colHeader'> {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table) return { rowHeader: '', colHeader: '' };
  const cells = Array.from(row.children);
  const hasField = (c: Element) => c.querySelector(CANDIDATES) !== null;
  const rowHead = cells.find((c) => c !== cell && c.tagName === 'TH' && !hasField(c)) ?? (cells[0] !== cell && cells[0] && !hasField(cells[0]) ? cells[0] : undefined);
  // the column by position, colspans counted
  let column = 0;
  for (const c of cells) {
    if (c === cell) break;
    column += Number(c.getAttribute('colspan') ?? 1) || 1;
  }
  const headRow = Array.from(table.querySelectorAll('tr')).find((r) => r !== row && r.querySelector('th') && !r.querySelector(CANDIDATES));
  let colHead: Element | undefined;
  let at = 0;
  for (const c of Array.from(headRow?.children ?? [])) {
    if (at === column) colHead = c;
    at += Number(c.getAttribute('colspan') ?? 1) || 1;
  }
  return { rowHeader: text(rowHead), colHeader: text(colHead) };
}

const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0; // b after a

/** A document's text nodes and headings in document order, gathered once for all its fields. */
interface Landmarks {
  texts: Text[];
  headings: Element[];
}

function landmarks(doc: Document): Landmarks {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (normalizeSpace(n.textContent ?? '') && parent && !parent.closest('script, style, option, select, textarea, [contenteditable]')) texts.push(n as Text);
  }
  return { texts, headings: Array.from(doc.querySelectorAll(HEADINGS)) };
}

/** The last of `nodes` (in document order) that comes before `el`. */
function lastBefore<T extends Node>(nodes: T[], el: Node): T | undefined {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (follows(nodes[mid]!, el)) lo = mid + 1;
    else hi = mid;
  }
  return nodes[lo - 1];
}

/** The nearest text before the field that is not its own label and not another field. */
function textBefore(el: HTMLElement, own: string[], marks: Landmarks): string {
  const block = lastBefore(marks.texts, el)?.parentElement?.closest(BLOCKS);
  if (!block || block.querySelector(CANDIDATES)) return '';
  const t = text(block);
  return own.some((o) => o === t || o.includes(t)) ? '' : t;
}

function groupOf(el: HTMLElement): string {
  const legend = el.closest('fieldset')?.querySelector('legend');
  if (legend) return text(legend);
  const group = el.parentElement?.closest('[role="group"], [role="region"]');
  return group ? normalizeSpace(computeAccessibleName(group)).slice(0, CAP) : '';
}

function currentValue(el: HTMLElement, kind: FieldKind): string {
  if (kind === 'editable') return normalizeSpace(el.textContent ?? '');
  return (el as HTMLInputElement).value ?? '';
}

function describe(el: HTMLElement, kind: FieldKind, key: string, frame: number, marks: Landmarks): CollectedField {
  const label = labelParts(el);
  const headers = tableHeaders(el);
  const signals: FieldSignals = {
    label,
    placeholder: normalizeSpace(el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? ''),
    tokens: tokens(kind === 'editable' ? (el.closest('[data-name]') ?? el) : el),
    ...headers,
    before: textBefore(el, label, marks),
    heading: text(lastBefore(marks.headings, el)),
    group: groupOf(el),
    description: normalizeSpace(computeAccessibleDescription(el)).slice(0, CAP),
  };
  const value = currentValue(el, kind);
  const select = kind === 'select' ? (el as HTMLSelectElement) : null;
  const maxLength = Number(el.getAttribute('maxlength'));
  return {
    element: el,
    key,
    kind,
    inputType: kind === 'text' ? ((el.getAttribute('type') ?? 'text').toLowerCase() || 'text') : '',
    label: [...label].reverse().join(' – ') || signals.placeholder || [headers.rowHeader, headers.colHeader].filter(Boolean).join(' – ') || signals.before || signals.heading || signals.tokens,
    signals,
    value,
    empty: value.trim() === '',
    readOnly: (el as HTMLInputElement).readOnly === true || el.getAttribute('aria-readonly') === 'true',
    maxLength: Number.isInteger(maxLength) && maxLength > 0 ? maxLength : null,
    options: select ? Array.from(select.options).map((o) => ({ value: o.value, label: normalizeSpace(o.text) })) : [],
    frame,
  };
}

export function collectFields(root: ParentNode): CollectedField[] {
  const out: CollectedField[] = [];
  let frames = 0;
  const marks = new Map<Document, Landmarks>();
  const visit = (scope: ParentNode, frame: number) => {
    for (const el of Array.from(scope.querySelectorAll<HTMLElement>(CANDIDATES))) {
      const kind = kindOf(el);
      if (!kind || !usable(el)) continue;
      const doc = el.ownerDocument;
      if (!marks.has(doc)) marks.set(doc, landmarks(doc));
      out.push(describe(el, kind, `f${out.length}`, frame, marks.get(doc)!));
    }
    for (const iframe of Array.from(scope.querySelectorAll('iframe'))) {
      let doc: Document | null = null;
      try {
        doc = iframe.contentDocument; // null or a throw for another origin: not ours to read
      } catch {
        doc = null;
      }
      if (doc?.body) visit(doc, ++frames);
    }
  };
  visit(root, 0);
  return out;
}
