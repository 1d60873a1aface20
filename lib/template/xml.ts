// A Word part's XML as a DOM (@xmldom/xmldom, the same in Node and the browser), read strictly: a part that is not
// well-formed is refused rather than half read, and what is written back is checked the same way. Elements are
// found by namespace, never by prefix, and new ones take the prefix the part already uses.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export class XmlError extends Error {}

const ELEMENT = 1;
const TEXT = 3;

/** Parses a part, throwing an XmlError at anything xmldom only warns about (an unclosed tag, a bad entity). */
export function parseXml(text: string): Document {
  const refuse = (m: string) => {
    throw new XmlError(m.replace(/\s+/g, ' ').slice(0, 200));
  };
  const doc = new DOMParser({ errorHandler: { warning: refuse, error: refuse, fatalError: refuse } }).parseFromString(
    text,
    'application/xml',
  );
  if (!doc.documentElement) throw new XmlError('no root element');
  return doc;
}

export const serializeXml = (doc: Document): string => new XMLSerializer().serializeToString(doc);

export const isW = (n: Node | null | undefined, name?: string): n is Element =>
  !!n &&
  n.nodeType === ELEMENT &&
  (n as Element).namespaceURI === W &&
  (name === undefined || (n as Element).localName === name);

/** The element children of a node (in the wordprocessing namespace, of one name if given). */
export function kids(n: Node, name?: string): Element[] {
  const out: Element[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (isW(c, name)) out.push(c);
  return out;
}

export const kid = (n: Node, name: string): Element | null => kids(n, name)[0] ?? null;

/** Every descendant of one name, in document order. */
export const all = (n: Document | Element, name: string): Element[] => Array.from(n.getElementsByTagNameNS(W, name));

export const val = (el: Element | null, name = 'val'): string | null =>
  el && el.hasAttributeNS(W, name) ? el.getAttributeNS(W, name) : null;

/** The nearest ancestor of one of these names, or null. */
export function up(n: Node, ...names: string[]): Element | null {
  for (let p = n.parentNode; p; p = p.parentNode) if (isW(p) && names.includes(p.localName)) return p;
  return null;
}

/** A child in the element's own prefix: `make(doc, 'p')` is a w:p in a part whose root is w:document. */
export function make(doc: Document, name: string, attrs: Record<string, string> = {}, ...children: Node[]): Element {
  const prefix = doc.documentElement.lookupPrefix(W) ?? 'w';
  const el = doc.createElementNS(W, `${prefix}:${name}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(W, `${prefix}:${k}`, v);
  for (const c of children) el.appendChild(c);
  return el;
}

/** A w:t with its text, its spaces kept. */
export function textElement(doc: Document, text: string): Element {
  const t = make(doc, 't');
  if (/^\s|\s$/.test(text)) t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  t.appendChild(doc.createTextNode(text));
  return t;
}

/** Only one branch of an mc:AlternateContent is shown; the fallback repeats the choice. */
const hidden = (el: Element) => el.namespaceURI === MC && el.localName === 'Fallback';

/** What a reader sees of a run, paragraph or cell: its w:t (a tab or break as a space), not deleted text, not a
 * text box's (w:txbxContent), not an alternate's fallback. */
export function textOf(n: Node): string {
  let out = '';
  const walk = (x: Node) => {
    for (let c = x.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== ELEMENT) continue;
      const el = c as Element;
      if (hidden(el) || isW(el, 'txbxContent') || isW(el, 'delText')) continue;
      if (isW(el, 't')) out += textNodes(el);
      else if (isW(el, 'tab') || isW(el, 'br') || isW(el, 'cr')) out += ' ';
      else walk(el);
    }
  };
  walk(n);
  return out;
}

function textNodes(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT) s += (c as Text).data;
  return s;
}

/** The runs of a paragraph in order, those inside hyperlinks, insertions and inline controls included. */
export function runsOf(p: Element): Element[] {
  const out: Element[] = [];
  const walk = (x: Node) => {
    for (let c = x.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== ELEMENT) continue;
      const el = c as Element;
      if (hidden(el) || isW(el, 'pPr') || isW(el, 'del')) continue;
      if (isW(el, 'r')) out.push(el);
      else walk(el);
    }
  };
  walk(p);
  return out;
}

export const remove = (n: Node) => n.parentNode?.removeChild(n);
