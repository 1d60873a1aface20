// Collect: every fillable field of a page (its same-origin frames included) with the signals that say what
// it asks for and where it stands among the others. Reads the DOM, changes nothing. What a field holds is told
// only of a field the filler may write to (to show what would be overwritten); of any other field only whether it
// is empty, and a field holding a secret (a password, payment details) is not listed at all.
import { computeAccessibleDescription, computeAccessibleName } from 'dom-accessibility-api';
import { normalizeSpace } from '../text/normalize';
import {
  nameWords,
  SIGNAL_CAP,
  type CollectedField,
  type FieldKind,
  type FieldPlace,
  type FieldSignals,
} from './field';
import { notContent } from './non-content';
import { isSecret } from './secret';

/** input types that take typed text, and file uploads (shown, never filled); passwords, hidden inputs, checkboxes,
 * buttons and the like are left out */
const TEXT_INPUTS = new Set([
  '',
  'text',
  'search',
  'email',
  'tel',
  'url',
  'number',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
  'file',
]);
const CANDIDATES = 'input, textarea, select, [contenteditable]';
const BLOCKS = 'p, label, div, span, li, dt, dd, td, th, legend, h1, h2, h3, h4, h5, h6, strong, b, em';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const GROUPS = 'table, fieldset, [role="group"], [role="region"]';
const CONTROLS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'SCRIPT', 'STYLE']);
const SMALL = new Set(['SMALL', 'SUB', 'SUP']);
const LINE_BLOCKS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'DL', 'DD']);

const text = (node: Node | null | undefined) => normalizeSpace(node?.textContent ?? '').slice(0, SIGNAL_CAP);

function editingHost(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  if (v === null || v === 'false') return false;
  // only the outermost editable element is a field; its inside belongs to it
  return !el.parentElement?.closest('[contenteditable]:not([contenteditable="false"])');
}

/**
 * A label's or header's text with its secondary part in brackets: what stands in <small>, or on a line after the
 * first (after <br>, in a block of its own), weighs less than the first line when it is matched.
 */
function headText(el: Element | null | undefined): string {
  if (!el) return '';
  let head = '';
  let aside = '';
  let nextLine = false;
  const walk = (node: Node, small: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        if (small || nextLine) aside += child.textContent;
        else head += child.textContent;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const e = child as Element;
      if (CONTROLS.has(e.tagName) || editingHost(e)) continue;
      const started = head.trim() !== '';
      if (started && (e.tagName === 'BR' || LINE_BLOCKS.has(e.tagName))) nextLine = true;
      walk(e, small || (started && SMALL.has(e.tagName)));
    }
  };
  walk(el, false);
  const h = normalizeSpace(head);
  const a = normalizeSpace(aside);
  return (a ? `${h} (${a})` : h).slice(0, SIGNAL_CAP);
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
  return nameWords(raw);
}

/** The elements that name the field: its aria-labelledby targets (most specific, i.e. last, first), else its labels. */
function labelElements(el: HTMLElement): Element[] {
  const doc = el.ownerDocument;
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const named = ids.map((id) => doc.getElementById(id)).filter((e): e is HTMLElement => e !== null);
  if (named.length) return named.reverse();
  return el.getAttribute('aria-label') ? [] : Array.from((el as HTMLInputElement).labels ?? []);
}

function labelParts(el: HTMLElement, own: Element[]): string[] {
  const parts = own.map(headText).filter(Boolean);
  if (el.getAttribute('aria-labelledby') && parts.length) return parts;
  if (parts.length) return [parts.join(' ')];
  const name = normalizeSpace(computeAccessibleName(el)).slice(0, SIGNAL_CAP);
  return name ? [name] : [];
}

function tableHeaders(el: HTMLElement): Pick<FieldSignals, 'rowHeader' | 'colHeader'> {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table) return { rowHeader: '', colHeader: '' };
  const cells = Array.from(row.children);
  const hasField = (c: Element) => c.querySelector(CANDIDATES) !== null;
  const rowHead =
    cells.find((c) => c !== cell && c.tagName === 'TH' && !hasField(c)) ??
    (cells[0] !== cell && cells[0] && !hasField(cells[0]) ? cells[0] : undefined);
  // the column by position, colspans counted
  let column = 0;
  for (const c of cells) {
    if (c === cell) break;
    column += Number(c.getAttribute('colspan') ?? 1) || 1;
  }
  const headRow = Array.from(table.querySelectorAll('tr')).find(
    (r) => r !== row && r.querySelector('th') && !r.querySelector(CANDIDATES),
  );
  let colHead: Element | undefined;
  let at = 0;
  for (const c of Array.from(headRow?.children ?? [])) {
    if (at === column) colHead = c;
    at += Number(c.getAttribute('colspan') ?? 1) || 1;
  }
  return { rowHeader: headText(rowHead), colHeader: headText(colHead) };
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
    if (
      normalizeSpace(n.textContent ?? '') &&
      parent &&
      !parent.closest('script, style, option, select, textarea, [contenteditable]')
    )
      texts.push(n as Text);
  }
  return { texts, headings: Array.from(doc.querySelectorAll(HEADINGS)) };
}

/** Where the last of `nodes` (in document order) before `el` is, or -1. */
function lastBefore<T extends Node>(nodes: T[], el: Node): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (follows(nodes[mid]!, el)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const levelOf = (h: Element) =>
  /^H[1-6]$/.test(h.tagName) ? Number(h.tagName[1]) : Number(h.getAttribute('aria-level')) || 2;

/** The nearest heading above the field and the headings that hold it, outermost first. */
function headingsAbove(el: HTMLElement, marks: Landmarks): Element[] {
  let k = lastBefore(marks.headings, el);
  if (k < 0) return [];
  const out = [marks.headings[k]!];
  let level = levelOf(out[0]!);
  for (k--; k >= 0 && level > 1; k--) {
    const h = marks.headings[k]!;
    if (levelOf(h) < level) {
      out.unshift(h);
      level = levelOf(h);
    }
  }
  return out;
}

const flat = (s: string) => normalizeSpace(s.replace(/[()]/g, ' '));

/**
 * The text between the previous field (or a heading, or the field's own table, or a question) and this one, its
 * own label left out: a question in a paragraph, an unlinked label, a hint. Nearest text kept when it runs long.
 */
function textBefore(el: HTMLElement, own: Element[], label: string[], prev: Element | null, marks: Landmarks): string {
  const parts: string[] = [];
  const seen: Element[] = [];
  const table = el.closest('table');
  const cell = el.closest('td, th');
  const ownText = label.map(flat);
  for (let k = lastBefore(marks.texts, el); k >= 0 && parts.join(' ').length < SIGNAL_CAP; k--) {
    const node = marks.texts[k]!;
    if (prev && follows(node, prev)) break;
    const block = node.parentElement?.closest(BLOCKS);
    if (!block || seen.some((s) => s === block || s.contains(block))) continue;
    // the table's other cells are its headers, read as such
    if (block.closest(HEADINGS) || (table && table.contains(block) && !cell?.contains(block))) break;
    if (own.some((o) => o === block || o.contains(block))) continue;
    let t: string;
    if (block.querySelector(CANDIDATES)) {
      // text beside the field in its own cell, item or row ("Organisatie van zorg <textarea>"); another field's block ends it
      if (!block.contains(el)) break;
      t = normalizeSpace(node.textContent ?? '');
    } else {
      seen.push(block);
      t = text(block);
    }
    if (ownText.some((o) => o === t || o.includes(t))) continue;
    parts.unshift(t);
    // a question is what the field answers: text before it belongs to something else
    if (t.includes('?')) break;
  }
  return normalizeSpace(parts.join(' ')).slice(-SIGNAL_CAP).trim();
}

function groupOf(el: HTMLElement): string {
  const legend = el.closest('fieldset')?.querySelector('legend');
  if (legend) return headText(legend);
  const group = el.parentElement?.closest('[role="group"], [role="region"]');
  return group ? normalizeSpace(computeAccessibleName(group)).slice(0, SIGNAL_CAP) : '';
}

function currentValue(el: HTMLElement, kind: FieldKind): string {
  if (kind === 'editable') return normalizeSpace(el.textContent ?? '');
  return (el as HTMLInputElement).value ?? '';
}

const positive = (v: string | null) => {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : null;
};

interface Context {
  marks: Landmarks;
  /** the field collected before this one in the same document */
  prev: Element | null;
  /** a key per table, row, group and heading, the same for every field that shares it */
  keyOf: (e: Element) => string;
}

/** The field as the panel gets it, or null for a field holding a secret: then its value is never read. */
function describe(el: HTMLElement, kind: FieldKind, key: string, frame: number, ctx: Context): CollectedField | null {
  const own = labelElements(el);
  const label = labelParts(el, own);
  const headers = tableHeaders(el);
  const sections = headingsAbove(el, ctx.marks);
  const signals: FieldSignals = {
    label,
    placeholder: normalizeSpace(el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? ''),
    tokens: tokens(kind === 'editable' ? (el.closest('[data-name]') ?? el) : el),
    ...headers,
    before: textBefore(el, own, label, ctx.prev, ctx.marks),
    heading: text(sections.at(-1)),
    outline: sections.slice(0, -1).map((h) => text(h)),
    group: groupOf(el),
    description: normalizeSpace(computeAccessibleDescription(el)).slice(0, SIGNAL_CAP),
  };
  const row = el.closest('tr');
  const group = el.closest(GROUPS);
  const place: FieldPlace = {
    row: row ? ctx.keyOf(row) : '',
    group: group ? ctx.keyOf(group) : '',
    sections: sections.map(ctx.keyOf),
  };
  const select = kind === 'select' ? (el as HTMLSelectElement) : null;
  const field: Omit<CollectedField, 'value' | 'empty'> = {
    element: el,
    key,
    kind,
    inputType: kind === 'text' ? (el.getAttribute('type') ?? 'text').toLowerCase() || 'text' : '',
    label:
      [...label].reverse().join(' – ') ||
      signals.placeholder ||
      [headers.rowHeader, headers.colHeader].filter(Boolean).join(' – ') ||
      signals.before ||
      signals.heading ||
      signals.tokens,
    signals,
    readOnly: (el as HTMLInputElement).readOnly === true || el.getAttribute('aria-readonly') === 'true',
    maxLength: positive(el.getAttribute('maxlength')),
    size: kind === 'text' ? positive(el.getAttribute('size')) : null,
    rows: kind === 'textarea' ? positive(el.getAttribute('rows')) : null,
    autocomplete: (el.getAttribute('autocomplete') ?? '').trim().toLowerCase(),
    inputMode: (el.getAttribute('inputmode') ?? '').trim().toLowerCase(),
    place,
    options: select ? Array.from(select.options).map((o) => ({ value: o.value, label: normalizeSpace(o.text) })) : [],
    frame,
  };
  if (isSecret(field)) return null;
  const value = currentValue(el, kind);
  // the same test the filler applies (match.ts): a field it leaves alone keeps what it holds to itself
  const mayFill = !field.readOnly && field.inputType !== 'file' && notContent(field) === null;
  return { ...field, value: mayFill ? value : null, empty: value.trim() === '' };
}

export function collectFields(root: ParentNode): CollectedField[] {
  const out: CollectedField[] = [];
  let frames = 0;
  const marks = new Map<Document, Landmarks>();
  const prev = new Map<Document, Element>();
  const keys = new Map<Element, string>();
  const keyOf = (e: Element) => {
    if (!keys.has(e)) keys.set(e, `${e.tagName.toLowerCase()}${keys.size}`);
    return keys.get(e)!;
  };
  const visit = (scope: ParentNode, frame: number) => {
    for (const el of Array.from(scope.querySelectorAll<HTMLElement>(CANDIDATES))) {
      const kind = kindOf(el);
      if (!kind || !usable(el)) continue;
      const doc = el.ownerDocument;
      if (!marks.has(doc)) marks.set(doc, landmarks(doc));
      const field = describe(el, kind, `f${out.length}`, frame, {
        marks: marks.get(doc)!,
        prev: prev.get(doc) ?? null,
        keyOf,
      });
      if (field) out.push(field);
      prev.set(doc, el);
    }
    for (const iframe of Array.from(scope.querySelectorAll('iframe'))) {
      let doc: Document | null;
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
