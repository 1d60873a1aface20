// Shared helpers for the scripts that write fictional test reports with hand-made gold labels
// (scripts/make-sample.ts, scripts/make-heldout.ts): the label and item types, building the .docx with the `docx`
// package, making it byte-for-byte deterministic, and writing the gold after checking, block for block, that the
// corpus block split (scripts/list-blocks.ts, plain `mammoth.convertToHtml`) gives exactly the labelled items.
//
// Determinism: `docx` stamps `dcterms:created`/`dcterms:modified` with `new Date()` and its zip writer stamps every
// entry with the current time, so the package is unzipped, the two timestamps are replaced by a fixed date, and it
// is zipped again with a fixed entry time (a local-time Date, so the DOS timestamp is the same in every time zone).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { listBlocks, type ListedBlock } from './list-blocks';

// ---------------------------------------------------------------------------------------------------------
// Labels. S = the block lies in an explicit pillar section of the report; T = labelled by topic (or 0).

export type Basis = 'section' | 'topic';
export interface Label {
  pillar: 0 | 1 | 2 | 3 | 4 | 5;
  themes: number[];
  basis: Basis;
}
export const S = (pillar: Label['pillar'], ...themes: number[]): Label => ({ pillar, themes, basis: 'section' });
export const T = (pillar: Label['pillar'], ...themes: number[]): Label => ({ pillar, themes, basis: 'topic' });
export const G = T(0); // general

export interface ListItem {
  text: string;
  label: Label;
  children?: ListItem[];
}
export type Item =
  | { k: 'title'; text: string; label: Label }
  | { k: 'h'; level: 1 | 2 | 3; text: string; label: Label }
  /** a heading written as a bold normal paragraph: mammoth gives it as kind "paragraph" */
  | { k: 'bold'; text: string; label: Label }
  /** a heading written as a plain normal paragraph (no style, no bold): built exactly like 'p' */
  | { k: 'plain'; text: string; label: Label }
  | { k: 'p'; text: string; label: Label; italic?: boolean }
  /** `instance` (ordered lists only) restarts the numbering: each distinct value is its own 1, 2, 3 … */
  | { k: 'ul' | 'ol'; items: ListItem[]; instance?: number }
  | { k: 'table'; rows: string[][]; header: boolean; widths: number[]; label: Label }
  | { k: 'image'; alt: string };

export const li = (text: string, label: Label, children?: ListItem[]): ListItem => ({ text, label, children });

// ---------------------------------------------------------------------------------------------------------
// A tiny PNG bar chart (up to three bars, values on a 0-10 scale), made here so no binary input is needed.

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'ascii'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export function barChartPng(values: number[]): Uint8Array {
  const w = 120;
  const h = 80;
  const px = new Uint8Array(w * h * 3).fill(255);
  const set = (x: number, y: number, rgb: [number, number, number]) => px.set(rgb, (y * w + x) * 3);
  for (let x = 8; x < w - 4; x++) set(x, h - 8, [120, 120, 120]); // baseline
  values.slice(0, 3).forEach((v, k) => {
    const top = Math.round(h - 8 - (v / 10) * (h - 16));
    for (let x = 18 + k * 34; x < 18 + k * 34 + 22; x++) for (let y = top; y < h - 8; y++) set(x, y, [31, 111, 120]);
  });
  const raw = new Uint8Array(h * (1 + w * 3));
  for (let y = 0; y < h; y++) raw.set(px.subarray(y * w * 3, (y + 1) * w * 3), y * (1 + w * 3) + 1); // filter 0
  const ihdr = new Uint8Array(13);
  const iv = new DataView(ihdr.buffer);
  iv.setUint32(0, w);
  iv.setUint32(4, h);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 }))),
    pngChunk('IEND', new Uint8Array(0)),
  ];
  return Buffer.concat(parts);
}

// ---------------------------------------------------------------------------------------------------------
// Building the .docx

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function table(item: Extract<Item, { k: 'table' }>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: item.rows.map(
      (row, r) =>
        new TableRow({
          // only ever `true`: docx writes `false` as <w:tblHeader w:val="off"/>, which mammoth takes for a header row
          ...(item.header && r === 0 ? { tableHeader: true } : {}),
          children: row.map(
            (cell, c) =>
              new TableCell({
                borders,
                width: { size: item.widths[c] ?? 10, type: WidthType.PERCENTAGE },
                shading: item.header && r === 0 ? { fill: 'DCE9EA' } : undefined,
                children: [
                  new Paragraph({ children: [new TextRun({ text: cell, bold: item.header && r === 0, size: 20 })] }),
                ],
              }),
          ),
        }),
    ),
  });
}

function listParagraphs(items: ListItem[], ordered: boolean, level = 0, instance?: number): Paragraph[] {
  return items.flatMap((it) => [
    new Paragraph({
      text: it.text,
      ...(ordered
        ? { numbering: { reference: 'doelen', level, ...(instance !== undefined ? { instance } : {}) } }
        : { bullet: { level } }),
    }),
    ...(it.children ? listParagraphs(it.children, ordered, level + 1, instance) : []),
  ]);
}

/** Core properties of the written package (docProps/core.xml). */
export interface DocMeta {
  title: string;
  subject: string;
  creator: string;
  lastModifiedBy: string;
  description: string;
  keywords: string;
}

/** The Document for a report; `png` is the picture every image item shows (required when there is one). */
export function buildDocument(report: Item[], meta: DocMeta, png?: Uint8Array): Document {
  const children: (Paragraph | Table)[] = [];
  for (const it of report) {
    switch (it.k) {
      case 'title':
        children.push(new Paragraph({ text: it.text, heading: HeadingLevel.TITLE }));
        break;
      case 'h':
        children.push(
          new Paragraph({
            text: it.text,
            heading:
              it.level === 1
                ? HeadingLevel.HEADING_1
                : it.level === 2
                  ? HeadingLevel.HEADING_2
                  : HeadingLevel.HEADING_3,
          }),
        );
        break;
      case 'bold':
        children.push(
          new Paragraph({
            spacing: { before: 200, after: 60 },
            children: [new TextRun({ text: it.text, bold: true })],
          }),
        );
        break;
      case 'plain':
        children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: it.text })] }));
        break;
      case 'p':
        children.push(
          new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: it.text, italics: it.italic })] }),
        );
        break;
      case 'ul':
      case 'ol':
        children.push(...listParagraphs(it.items, it.k === 'ol', 0, it.k === 'ol' ? it.instance : undefined));
        break;
      case 'table':
        children.push(table(it), new Paragraph({ text: '' }));
        break;
      case 'image':
        if (!png) throw new Error('an image item needs a png');
        children.push(
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [
              new ImageRun({
                type: 'png',
                data: png,
                transformation: { width: 240, height: 160 },
                altText: { name: 'figuur-1', title: 'Figuur 1', description: it.alt },
              }),
            ],
          }),
        );
        break;
    }
  }
  return new Document({
    ...meta,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    numbering: {
      config: [
        {
          reference: 'doelen',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    // A4 with 2 cm margins
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        children,
      },
    ],
  });
}

/** Fixed timestamps in docProps/core.xml and in the zip entries, so two runs give the same bytes. */
export function makeDeterministic(packed: Uint8Array, fixedIso: string, fixedZipTime: Date): Uint8Array {
  const files = unzipSync(packed);
  const core = files['docProps/core.xml'];
  if (!core) throw new Error('docProps/core.xml missing');
  const xml = strFromU8(core);
  const fixed = xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${fixedIso}$3`);
  if ((fixed.match(new RegExp(fixedIso, 'g')) ?? []).length !== 2) throw new Error('could not fix the core timestamps');
  files['docProps/core.xml'] = strToU8(fixed);
  // [Content_Types].xml first, as Word writes it; the rest in docx's own order
  const ordered = Object.fromEntries(
    Object.entries(files).sort(([a], [b]) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml')),
  );
  return zipSync(ordered, { level: 9, mtime: fixedZipTime });
}

// ---------------------------------------------------------------------------------------------------------
// The gold: expected blocks in document order, checked against the mammoth split of the written file.

export interface Expected {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table';
  text: string;
  label: Label;
  /** a former heading written as a bold-only normal paragraph */
  boldOnly: boolean;
  /** a former heading written as a plain normal paragraph */
  plainHeading: boolean;
}

export function expectedBlocks(report: Item[]): Expected[] {
  const out: Expected[] = [];
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const walkList = (items: ListItem[]) => {
    for (const it of items) {
      out.push({ kind: 'list-item', text: norm(it.text), label: it.label, boldOnly: false, plainHeading: false });
      if (it.children) walkList(it.children);
    }
  };
  for (const it of report) {
    switch (it.k) {
      case 'image':
        break; // an image-only paragraph has no text: no block
      case 'ul':
      case 'ol':
        walkList(it.items);
        break;
      case 'table':
        out.push({
          kind: 'table',
          text: norm(it.rows.map((r) => r.map(norm).join(' | ')).join(' / ')),
          label: it.label,
          boldOnly: false,
          plainHeading: false,
        });
        break;
      case 'h':
        out.push({ kind: 'heading', text: norm(it.text), label: it.label, boldOnly: false, plainHeading: false });
        break;
      default:
        // mammoth's default style map has no rule for Word's Title style: the title comes out as a <p>
        out.push({
          kind: 'paragraph',
          text: norm(it.text),
          label: it.label,
          boldOnly: it.k === 'bold',
          plainHeading: it.k === 'plain',
        });
    }
  }
  return out;
}

export interface FixtureSpec {
  report: Item[];
  meta: DocMeta;
  docxOut: string;
  goldOut: string;
  /** ISO time written as dcterms:created/modified */
  fixedIso: string;
  /** zip entry time (a local-time Date) */
  fixedZipTime: Date;
  png?: Uint8Array;
}

export interface FixtureResult {
  bytes: Uint8Array;
  blocks: ListedBlock[];
  expected: Expected[];
  messages: string[];
}

/**
 * Writes the .docx, reads it back with plain mammoth and the corpus block split, checks that the split gives exactly
 * the labelled items (same kind, same full text, same order) and only then writes the gold (text cut to 100 chars).
 */
export async function writeFixture(spec: FixtureSpec): Promise<FixtureResult> {
  const doc = buildDocument(spec.report, spec.meta, spec.png);
  const bytes = makeDeterministic(new Uint8Array(await Packer.toBuffer(doc)), spec.fixedIso, spec.fixedZipTime);
  mkdirSync(dirname(spec.docxOut), { recursive: true });
  writeFileSync(spec.docxOut, bytes);

  const { blocks, messages } = await listBlocks(bytes);
  const expected = expectedBlocks(spec.report);
  const problems: string[] = [];
  for (let k = 0; k < Math.max(blocks.length, expected.length); k++) {
    const b = blocks[k];
    const e = expected[k];
    if (!b || !e || b.kind !== e.kind || b.text !== e.text)
      problems.push(
        `#${k}: mammoth ${b?.kind} ${JSON.stringify(b?.text.slice(0, 60))} ≠ expected ${e?.kind} ${JSON.stringify(e?.text.slice(0, 60))}`,
      );
  }
  if (problems.length)
    throw new Error(
      `${spec.docxOut}: the block split does not match the labelled items\n${problems.slice(0, 10).join('\n')}`,
    );
  const gold = blocks.map((b, k) => {
    const { pillar, themes, basis } = expected[k]!.label;
    return JSON.stringify({
      i: b.i,
      kind: b.kind,
      text: b.text.slice(0, 100),
      pillar,
      themes: [...themes].sort((a, c) => a - c),
      basis,
    });
  });
  mkdirSync(dirname(spec.goldOut), { recursive: true });
  writeFileSync(spec.goldOut, gold.join('\n') + '\n');
  return { bytes, blocks, expected, messages };
}

/** Blocks per pillar 0..5. */
export const perPillar = (expected: Expected[]): number[] =>
  [0, 1, 2, 3, 4, 5].map((p) => expected.filter((e) => e.label.pillar === p).length);
