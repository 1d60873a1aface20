// Execute: write the confirmed texts into the page so that its own framework notices (React's controlled
// inputs, rich-text editors), keep what was there, and put it all back on undo. Runs in the page's content
// script; never touches a non-empty field unless the entry says to overwrite it.
import { normalizeSpace } from '../text/normalize';

export interface FillEntry {
  key: string;
  text: string;
  /** the user confirmed replacing what the field holds */
  overwrite: boolean;
}

export type FillStatus = 'filled' | 'kept' | 'missing' | 'failed';

export interface FillOutcome {
  key: string;
  status: FillStatus;
}

/** What a field held before it was filled. */
export interface Snapshot {
  element: HTMLElement;
  value: string;
  /** an editor's markup, so undo restores formatting too */
  html: string | null;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const isEditable = (el: HTMLElement) =>
  el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false';

/** The setter of the element's own class: it bypasses a framework's wrapper (React tracks `value` itself). */
function setNativeValue(el: Control, value: string): void {
  const win = el.ownerDocument.defaultView!;
  const proto =
    el.tagName === 'TEXTAREA'
      ? win.HTMLTextAreaElement.prototype
      : el.tagName === 'SELECT'
        ? win.HTMLSelectElement.prototype
        : win.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
}

function writeControl(el: Control, value: string): void {
  const win = el.ownerDocument.defaultView!;
  el.focus();
  setNativeValue(el, value);
  el.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }));
  el.dispatchEvent(new win.Event('change', { bubbles: true }));
  el.blur();
}

function selectAll(el: HTMLElement): void {
  const doc = el.ownerDocument;
  el.focus();
  const range = doc.createRange();
  range.selectNodeContents(el);
  const sel = doc.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
}

/** execCommand is deprecated but still how editors expect typed or pasted text; false where it is missing. */
function exec(doc: Document, command: string, value?: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

/**
 * Editors keep their own model and listen to the browser's editing commands, so text goes in as if typed or
 * pasted; only when the command is refused is the DOM set directly (with an input event).
 */
function writeEditable(el: HTMLElement, text: string, html: string | null = null): void {
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  selectAll(el);
  const done =
    html !== null ? exec(doc, 'insertHTML', html) : text ? exec(doc, 'insertText', text) : exec(doc, 'delete');
  if (
    !done ||
    normalizeSpace(el.textContent ?? '') !==
      normalizeSpace(
        html !== null ? (new win.DOMParser().parseFromString(html, 'text/html').body.textContent ?? '') : text,
      )
  ) {
    if (html !== null) el.innerHTML = html;
    else el.textContent = text;
    el.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  }
  el.blur();
}

const current = (el: HTMLElement) => (isEditable(el) ? normalizeSpace(el.textContent ?? '') : (el as Control).value);

export function fillFields(
  elements: ReadonlyMap<string, HTMLElement>,
  entries: FillEntry[],
): { outcomes: FillOutcome[]; undo: Snapshot[] } {
  const outcomes: FillOutcome[] = [];
  const undo: Snapshot[] = [];
  for (const entry of entries) {
    const el = elements.get(entry.key);
    if (!el || !el.isConnected) {
      outcomes.push({ key: entry.key, status: 'missing' });
      continue;
    }
    // checked here again: the page may have changed since the preview
    if (current(el).trim() !== '' && !entry.overwrite) {
      outcomes.push({ key: entry.key, status: 'kept' });
      continue;
    }
    const snapshot: Snapshot = { element: el, value: current(el), html: isEditable(el) ? el.innerHTML : null };
    try {
      if (isEditable(el)) writeEditable(el, entry.text);
      else writeControl(el as Control, entry.text);
      undo.push(snapshot);
      outcomes.push({ key: entry.key, status: 'filled' });
    } catch {
      outcomes.push({ key: entry.key, status: 'failed' });
    }
  }
  return { outcomes, undo };
}

/** Puts back what every filled field held before, last filled first; returns how many were restored. */
export function undoFill(snapshots: Snapshot[]): number {
  let restored = 0;
  for (const s of [...snapshots].reverse()) {
    if (!s.element.isConnected) continue;
    if (s.html !== null) writeEditable(s.element, s.value, s.value ? s.html : null);
    else writeControl(s.element as Control, s.value);
    restored++;
  }
  return restored;
}
