// A large report for benchmarks: a real corpus report's body repeated until it is ~300 pages long, with
// a few hundred embedded photos (valid PNGs of 20–100 kB of noisy pixels, so they do not deflate to
// nothing). Built in memory at bench time, never committed. The result is a genuine .docx: every image
// is an inline <w:drawing> with its own relationship and media part, so mammoth's image path is exercised.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, zlibSync, type Zippable } from 'fflate';
import { CORPUS_DIR } from './corpus';

export interface LargeReportOptions {
  /** how many times the source body is repeated; default: enough for ~135k words (~300 pages) */
  copies?: number;
  /** how many images are spread evenly through the text; default 240 */
  images?: number;
  /** a corpus .docx (name without extension, or a path); default levanto-2025 (TOC, tables, lists, pillars) */
  source?: string;
  /** image size range in bytes (of the PNG file); default 20_000–100_000 */
  minImageBytes?: number;
  maxImageBytes?: number;
  /** seed for the image noise, so runs are reproducible */
  seed?: number;
}

export interface LargeReport {
  bytes: Uint8Array;
  copies: number;
  images: number;
  /** words in w:t runs, all copies */
  words: number;
  /** ~450 words a page, as in a typical A4 report */
  pages: number;
  documentXmlBytes: number;
  imageBytes: number;
}

export const TARGET_WORDS = 135_000;
const WORDS_PER_PAGE = 450;

/** Words in the text runs of a document.xml (what a reader would count). */
function countRunWords(xml: string): number {
  let n = 0;
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) n += m[1]!.split(/\s+/).filter(Boolean).length;
  return n;
}

/** The top-level children of <w:body> as raw XML, and the final <w:sectPr> apart. */
export function splitBody(documentXml: string): { head: string; children: string[]; sectPr: string; tail: string } {
  const open = /<w:body(?:\s[^>]*)?>/.exec(documentXml);
  const close = documentXml.lastIndexOf('</w:body>');
  if (!open || close < 0) throw new Error('no <w:body> in document.xml');
  const start = open.index + open[0].length;
  const inner = documentXml.slice(start, close);
  const children: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w.:-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;
  let depth = 0;
  let from = 0;
  for (let m; (m = tag.exec(inner));) {
    if (m[1]) depth--;
    else if (!m[3]) depth++;
    if (depth === 0) {
      children.push(inner.slice(from, tag.lastIndex));
      from = tag.lastIndex;
    }
    if (depth < 0) throw new Error('unbalanced body XML');
  }
  let sectPr = '';
  if (children.length && children[children.length - 1]!.startsWith('<w:sectPr')) sectPr = children.pop()!;
  return { head: documentXml.slice(0, start), children, sectPr, tail: documentXml.slice(close) };
}

// --- PNG --------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const p of parts) for (let i = 0; i < p.length; i++) c = CRC_TABLE[(c ^ p[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = strToU8(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([typeBytes, data]));
  return out;
}

/** xorshift32: reproducible noise */
function rng(seed: number) {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

/**
 * A valid 8-bit RGB PNG of about `targetBytes`: a colour gradient with 6 bits of noise per channel, which
 * deflates only a little (like a photo saved as PNG), so its size is close to the raw pixel size.
 */
export function makeNoisyPng(targetBytes: number, seed: number): { png: Uint8Array; width: number; height: number } {
  const next = rng(seed);
  const pixels = Math.max(64, Math.round(targetBytes / (3 * 0.8)));
  const width = Math.max(8, Math.round(Math.sqrt((pixels * 4) / 3)));
  const height = Math.max(6, Math.round(pixels / width));
  const raw = new Uint8Array(height * (1 + width * 3));
  const base = [next() & 0xff, next() & 0xff, next() & 0xff];
  let at = 0;
  for (let y = 0; y < height; y++) {
    raw[at++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const r = next();
      raw[at++] = (base[0]! + (x * 128) / width + (r & 0x3f)) & 0xff;
      raw[at++] = (base[1]! + (y * 128) / height + ((r >>> 8) & 0x3f)) & 0xff;
      raw[at++] = (base[2]! + ((x + y) * 64) / (width + height) + ((r >>> 16) & 0x3f)) & 0xff;
    }
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter, no interlace
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    png.set(p, o);
    o += p.length;
  }
  return { png, width, height };
}

// --- drawing XML ------------------------------------------------------------------------------------

const EMU_PER_PX = 9525; // at 96 dpi
const MAX_WIDTH_EMU = 5_760_000; // ~16 cm: fits the page between the margins

function drawingParagraph(n: number, rId: string, width: number, height: number): string {
  const scale = Math.min(1, MAX_WIDTH_EMU / (width * EMU_PER_PX));
  const cx = Math.round(width * EMU_PER_PX * scale);
  const cy = Math.round(height * EMU_PER_PX * scale);
  const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const pic = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
  return (
    `<w:p><w:pPr><w:pStyle w:val="TextBody"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>` +
    `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${1000 + n}" name="Afbeelding ${n}" descr="Foto ${n} bij het kwaliteitsverslag"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${a}"><a:graphicData uri="${pic}"><pic:pic xmlns:pic="${pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="${1000 + n}" name="afbeelding${n}.png" descr="Foto ${n} bij het kwaliteitsverslag"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

function sourcePath(source: string): string {
  return source.endsWith('.docx') ? source : join(CORPUS_DIR, `${source}.docx`);
}

/** Words one copy of the source body holds: what `copies` defaults from. */
export function sourceWords(source = 'levanto-2025'): number {
  const files = unzipSync(new Uint8Array(readFileSync(sourcePath(source))), {
    filter: (f) => f.name === 'word/document.xml',
  });
  return countRunWords(strFromU8(files['word/document.xml']!));
}

/** The large report with what it holds (words, pages, sizes). */
export function buildLargeReport(options: LargeReportOptions = {}): LargeReport {
  const source = options.source ?? 'levanto-2025';
  const files: Record<string, Uint8Array> = unzipSync(new Uint8Array(readFileSync(sourcePath(source))));
  const documentXml = strFromU8(files['word/document.xml']!);
  const body = splitBody(documentXml);
  const wordsPerCopy = countRunWords(documentXml);
  const copies = Math.max(1, options.copies ?? Math.round(TARGET_WORDS / wordsPerCopy));
  const imageCount = Math.max(0, options.images ?? 240);
  const minBytes = options.minImageBytes ?? 20_000;
  const maxBytes = Math.max(minBytes, options.maxImageBytes ?? 100_000);
  const next = rng(options.seed ?? 20250101);

  // images: media parts, relationships, and one drawing paragraph each
  const relsPath = 'word/_rels/document.xml.rels';
  let rels = strFromU8(files[relsPath]!);
  const drawings: string[] = [];
  let imageBytes = 0;
  for (let n = 1; n <= imageCount; n++) {
    const target = minBytes + (next() % (maxBytes - minBytes + 1));
    const { png, width, height } = makeNoisyPng(target, next());
    const rId = `rIdKkfzImg${n}`;
    files[`word/media/afbeelding${n}.png`] = png;
    imageBytes += png.length;
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${rId}" Type="${IMAGE_REL}" Target="media/afbeelding${n}.png"/></Relationships>`,
    );
    drawings.push(drawingParagraph(n, rId, width, height));
  }
  files[relsPath] = strToU8(rels);
  const typesPath = '[Content_Types].xml';
  let types = strFromU8(files[typesPath]!);
  if (!/Extension="png"/i.test(types))
    types = types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>');
  files[typesPath] = strToU8(types);

  // body: the source's children `copies` times, a drawing after every ~total/images-th child
  const total = body.children.length * copies;
  const out: string[] = [body.head];
  let placed = 0;
  for (let k = 0; k < total; k++) {
    out.push(body.children[k % body.children.length]!);
    // place image j after child floor((j + 0.5) * total / images), so they are spread evenly
    while (placed < drawings.length && k >= Math.floor(((placed + 0.5) * total) / drawings.length))
      out.push(drawings[placed++]!);
  }
  while (placed < drawings.length) out.push(drawings[placed++]!);
  out.push(body.sectPr, body.tail);
  const newXml = out.join('');
  files['word/document.xml'] = strToU8(newXml);

  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files))
    zippable[name] = name.startsWith('word/media/') ? [data, { level: 1 }] : data;
  const bytes = zipSync(zippable, { level: 6 });
  const words = wordsPerCopy * copies;
  return {
    bytes,
    copies,
    images: imageCount,
    words,
    pages: Math.round(words / WORDS_PER_PAGE),
    documentXmlBytes: files['word/document.xml'].length,
    imageBytes,
  };
}

/** The large report's bytes. */
export function makeLargeReport(options: LargeReportOptions = {}): Uint8Array {
  return buildLargeReport(options).bytes;
}
