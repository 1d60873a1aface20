// Building blocks for crafted .docx files, shared by the fuzz generator (scripts/fuzz/generate.ts) and the unit
// tests of the import's limits: a package as its parts, a part swapped, a body replaced, a header that lies, a
// part in UTF-16. Pure functions of their input; nothing is written anywhere.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Parts = Record<string, Uint8Array>;

export const partsOf = (docx: Uint8Array): Parts => unzipSync(docx);

/** Zips parts again; `level` 0 stores them (a part meant to be large stays cheap to build). */
export const zipParts = (parts: Parts, level: 0 | 1 | 6 = 6): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([n, d]) => [n, [d, { level }]])));

export const text = (parts: Parts, name: string): string => strFromU8(parts[name] ?? new Uint8Array(0));

/** The package with one part replaced (or added). */
export const withPart = (docx: Uint8Array, name: string, data: Uint8Array | string, level: 0 | 1 | 6 = 6): Uint8Array =>
  zipParts({ ...partsOf(docx), [name]: typeof data === 'string' ? strToU8(data) : data }, level);

/** document.xml with everything inside <w:body> before the section properties replaced by `body`. */
export function withBody(documentXml: string, body: string): string {
  const open = /<w:body(?:\s[^>]*)?>/.exec(documentXml);
  if (!open) throw new Error('no <w:body> in document.xml');
  const sect = documentXml.lastIndexOf('<w:sectPr');
  const close = documentXml.lastIndexOf('</w:body>');
  const end = sect > open.index ? sect : close;
  return documentXml.slice(0, open.index + open[0].length) + body + documentXml.slice(end);
}

/** A paragraph of plain text. */
export const para = (words: string) => `<w:p><w:r><w:t xml:space="preserve">${words}</w:t></w:r></w:p>`;

/** A paragraph holding an inline picture whose blip points at relationship `id`. */
export const picture = (id: string) =>
  `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="foto" descr="foto"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="${id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** Tables within tables, `depth` deep (three XML levels each), the innermost cell holding `inner`. */
export function nestedTables(depth: number, inner = para('binnenste cel')): string {
  let xml = inner;
  // a cell ends with a paragraph, as Word requires
  for (let k = 0; k < depth; k++) xml = `<w:tbl><w:tr><w:tc>${xml}<w:p/></w:tc></w:tr></w:tbl>`;
  return xml;
}

/** A text in UTF-16, in either byte order, with or without a byte order mark. */
export function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const put = (k: number, c: number) => {
    out[k * 2 + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[k * 2 + (order === 'le' ? 1 : 0)] = c >> 8;
  };
  if (bom) put(0, 0xfeff);
  for (let k = 0; k < text.length; k++) put(k + (bom ? 1 : 0), text.charCodeAt(k));
  return out;
}

/** The central-directory entry of `name` (its offset), or -1. */
function directoryEntry(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let k = zip.length - 46; k >= 0; k--) {
    if (view.getUint32(k, true) !== 0x02014b50) continue;
    const length = view.getUint16(k + 28, true);
    if (strFromU8(zip.subarray(k + 46, k + 46 + length)) === name) return k;
  }
  return -1;
}

/** The zip with the uncompressed size that the directory (and the local header) states for `name` overwritten. */
export function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const at = directoryEntry(out, name);
  if (at < 0) throw new Error(`no part ${name}`);
  const view = new DataView(out.buffer);
  view.setUint32(at + 24, size >>> 0, true);
  view.setUint32(view.getUint32(at + 42, true) + 22, size >>> 0, true);
  return out;
}

/** The zip with the name of `name` overwritten, in place, by another of the same length (a path that escapes). */
export function renameInPlace(zip: Uint8Array, name: string, to: string): Uint8Array {
  if (to.length !== name.length) throw new Error('a name changed in place keeps its length');
  const out = zip.slice();
  const at = directoryEntry(out, name);
  if (at < 0) throw new Error(`no part ${name}`);
  const view = new DataView(out.buffer);
  out.set(strToU8(to), at + 46);
  out.set(strToU8(to), view.getUint32(at + 42, true) + 30);
  return out;
}
