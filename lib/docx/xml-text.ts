// A part's bytes as text, in the encoding the XML standard allows it to have: UTF-8 (with or without a byte
// order mark) or UTF-16 in either byte order, told by the mark or by how "<?xml" is spelled. Word writes UTF-8,
// but other writers save UTF-16; mammoth reads only UTF-8, so such a part is handed on re-encoded.
export interface XmlText {
  text: string;
  /** the part was not plain UTF-8 (UTF-16, or a byte order mark): mammoth needs it re-encoded */
  recoded: boolean;
}

function encodingOf(b: Uint8Array): { label: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: number } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', bom: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', bom: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', bom: 2 };
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return { label: 'utf-16le', bom: 0 };
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return { label: 'utf-16be', bom: 0 };
  return { label: 'utf-8', bom: 0 };
}

/** Broken byte sequences become U+FFFD, as Word shows them, rather than refusing the whole document. */
export function decodeXml(bytes: Uint8Array): XmlText {
  const { label, bom } = encodingOf(bytes);
  const text = new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(bytes.subarray(bom));
  if (label === 'utf-8' && bom === 0) return { text, recoded: false };
  // the text is handed on as UTF-8, so its declaration says so
  return { text: text.replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*/, '$1UTF-8'), recoded: true };
}
