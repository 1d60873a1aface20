// Runs mammoth once, the same way in Node and in the browser. Before mammoth writes HTML, every
// paragraph that is a heading (by style, in any language) or only looks like one is given a style
// that the style map turns into <hN>; guessed ones carry a class so blocks can say so.
import mammoth from 'mammoth';
import type { ImageRef } from '../schema';
import type { StyleSheet } from './styles';
import { headingLevelFromName } from './styles';
import type { HeadingCue, ParagraphLook } from './headings';
import { readOutline } from './outline';
import { normalizeSpace } from '../text/normalize';

export interface ConvertOptions {
  keepImages: boolean;
}

export interface Converted {
  html: string;
  mammothMessages: { type: string; message: string }[];
  images: ImageRef[];
  guessedCues: HeadingCue[];
}

const DEFAULT_POINTS = 11;
const MARK = 'KKFZ Heading';
const GUESSED = 'KKFZ Guessed Heading';

const STYLE_MAP = [1, 2, 3, 4, 5, 6].flatMap((n) => [
  `p[style-name='${MARK} ${n}'] => h${n}:fresh`,
  `p[style-name='${GUESSED} ${n}'] => h${n}.kkfz-guessed:fresh`,
]);

// mammoth's document model, as far as we touch it
interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: unknown;
  isBold?: boolean;
  isAllCaps?: boolean;
  fontSize?: number | null;
}

function textOf(node: MNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab' || node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

function runsOf(node: MNode, out: MNode[] = []): MNode[] {
  for (const c of node.children ?? []) {
    if (c.type === 'run') out.push(c);
    else runsOf(c, out);
  }
  return out;
}

function lookOf(p: MNode, styles: StyleSheet, inTable: boolean): ParagraphLook {
  const pStyle = styles.get(p.styleId);
  const runs = runsOf(p).filter((r) => /\S/.test(textOf(r)));
  const runStyle = (r: MNode) => styles.get(r.styleId);
  const bold =
    runs.length > 0 &&
    runs.every(
      (r) =>
        r.isBold || runStyle(r)?.bold || /strong|bold|vet|zwaar/i.test(r.styleName ?? '') || (pStyle?.bold ?? false),
    );
  // text with no size anywhere in its style chain is in the application's default size
  const sizes = runs.map(
    (r) => r.fontSize ?? runStyle(r)?.fontSize ?? pStyle?.fontSize ?? styles.defaultFontSize ?? DEFAULT_POINTS,
  );
  return {
    text: normalizeSpace(textOf(p)),
    bold,
    // reduce, not Math.max(...sizes): a paragraph of 125,000 runs would overflow the call stack as arguments
    fontSize: sizes.length ? sizes.reduce((a, b) => Math.max(a, b)) : null,
    caps: runs.length > 0 && runs.every((r) => r.isAllCaps || runStyle(r)?.caps || pStyle?.caps),
    inTable,
    isListItem: p.numbering != null,
  };
}

function markHeadings(document: MNode, styles: StyleSheet): HeadingCue[] {
  const paragraphs: { node: MNode; look: ParagraphLook; styled: number | null }[] = [];
  const walk = (node: MNode, inTable: boolean) => {
    for (const c of node.children ?? []) {
      if (c.type === 'paragraph') {
        const style = styles.get(c.styleId);
        const styled = style?.headingLevel ?? (c.styleName ? headingLevelFromName(c.styleName) : null);
        paragraphs.push({ node: c, look: lookOf(c, styles, inTable), styled: inTable ? null : styled });
      } else walk(c, inTable || c.type === 'table');
    }
  };
  walk(document, false);
  const cues: HeadingCue[] = [];
  readOutline(paragraphs).forEach((h, k) => {
    if (!h) return;
    paragraphs[k]!.node.styleName = `${h.guess ? GUESSED : MARK} ${h.level}`;
    if (h.guess) cues.push(h.guess.cue);
  });
  return cues;
}

export async function convertDocx(bytes: Uint8Array, styles: StyleSheet, options: ConvertOptions): Promise<Converted> {
  const images: ImageRef[] = [];
  let guessedCues: HeadingCue[] = [];
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // The Node build of mammoth reads `buffer`, the browser build `arrayBuffer`: give both.
  const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.convertToHtml(input, {
    styleMap: STYLE_MAP,
    transformDocument: (doc: MNode) => {
      guessedCues = markHeadings(doc, styles);
      return doc;
    },
    // Images become references, never base64 in the HTML: a report with many photos stays small and fast.
    convertImage: mammoth.images.imgElement(async (image) => {
      const id = `afbeelding-${images.length + 1}`;
      const ref: ImageRef = { id, contentType: image.contentType };
      const alt = (image as unknown as { altText?: string }).altText;
      if (alt) ref.altText = alt;
      if (options.keepImages) {
        try {
          ref.data = new Uint8Array(await image.readAsArrayBuffer());
        } catch {
          // a picture whose part is missing or lies outside the package: a reference without bytes, shown as broken
        }
      }
      images.push(ref);
      return { src: `kkfz-image:${id}` };
    }),
  });
  return { html: result.value, mammothMessages: result.messages, images, guessedCues };
}
