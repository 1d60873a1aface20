// The shape of an XML part in one linear pass, without building it: how many elements and paragraphs it has,
// how deep it nests and whether it declares a DTD. What the parser and the converter cost grows with these, so
// they are measured (and limited: lib/docx/inspect.ts) before any parser sees the part.
export interface XmlShape {
  elements: number;
  /** `<w:p>` elements (any prefix): the paragraphs, in the body, in table cells, in notes */
  paragraphs: number;
  depth: number;
  /** a <!DOCTYPE>: never in a Word part (ECMA-376 forbids it); the way in for entity expansion */
  doctype: boolean;
}

const GT = 0x3e;
const SLASH = 0x2f;

export const emptyShape = (): XmlShape => ({ elements: 0, paragraphs: 0, depth: 0, doctype: false });

/**
 * Adds one part to `shape` (the parts before it: counts add up, depth is the deepest part's), and stops as soon
 * as `stop` says the shape so far is too much: a bad part costs no more than a good one.
 */
export function measureXml(
  xml: string,
  shape: XmlShape = emptyShape(),
  stop: (shape: XmlShape) => boolean = () => false,
): XmlShape {
  let depth = 0;
  let at = xml.indexOf('<');
  while (at >= 0 && at < xml.length) {
    const next = xml.charCodeAt(at + 1);
    let end: number;
    if (next === SLASH) {
      depth--;
      end = xml.indexOf('>', at);
    } else if (next === 0x3f /* ? */) {
      end = xml.indexOf('?>', at);
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', at)) end = xml.indexOf('-->', at);
      else if (xml.startsWith('<![CDATA[', at)) end = xml.indexOf(']]>', at);
      else {
        shape.doctype ||= xml.startsWith('<!DOCTYPE', at);
        end = xml.indexOf('>', at);
      }
    } else {
      // an element's start tag: its name, then attributes whose quoted values may hold '>' or '/'
      let k = at + 1;
      for (let c = xml.charCodeAt(k); k < xml.length && c > 0x20 && c !== SLASH && c !== GT; c = xml.charCodeAt(++k));
      // `p` with or without a prefix (`w:p`): a paragraph
      if (xml.charCodeAt(k - 1) === 0x70 && (k - 1 === at + 1 || xml.charCodeAt(k - 2) === 0x3a)) shape.paragraphs++;
      while (k < xml.length) {
        const c = xml.charCodeAt(k);
        if (c === 0x22 || c === 0x27) {
          k = xml.indexOf(c === 0x22 ? '"' : "'", k + 1);
          if (k < 0) break;
        } else if (c === GT) break;
        k++;
      }
      end = k < 0 ? -1 : k;
      if (end < 0 || end >= xml.length) break;
      shape.elements++;
      if (xml.charCodeAt(end - 1) !== SLASH && ++depth > shape.depth) shape.depth = depth;
    }
    if (end < 0 || stop(shape)) break;
    at = xml.indexOf('<', end + 1);
  }
  return shape;
}
