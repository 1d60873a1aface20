// Robustness perturbations for the evaluation: what is left of a report when its structure does not name
// the framework (stripStructure), and when it carries no heading styles or run formatting (flattenDocx).
// Pure TypeScript (runs in Node and in the browser).
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Block } from '../schema';
import { tableText } from '../docx/table-cells';
import { countWords, normalizeSpace } from '../text/normalize';
import { LABEL, shape } from '../knowledge/shape';

// ── stripStructure ────────────────────────────────────────────────────────────

/** A line of at most this many words that names a pillar, theme or article is a label: it goes as a whole. */
export const SHORT_LINE_WORDS = 12;

/** The pillars' multi-word names ("Organisatie van (de) zorg", "Veiligheid en persoonsgerichte zorg", …). */
const NAMES = String.raw`veiligheid\s+(?:en|&)\s+persoonsgerichte\s+zorg|forensisch\s+vakmanschap|organisatie\s+van\s+(?:de\s+)?zorg|informeren\s+over\s+(?:de\s+)?resultaten`;
const COOPERATION = String.raw`samenwerk(?:en|ing)`;
/** a separator right after a label ("Pijler 2: …", "Thema 5 – …"), eaten with it */
const SEP = String.raw`(?:\s*[:\-–—](?=\s|$))?`;
/** "3.1.3 b)", "4.1.7c", "5.1.2.c", "6.1.1 (a t/m h)": chapter 3–7, three levels, a sub-letter */
const SUB_LETTER = String.raw`\.?\s?(?:\([a-z](?:[^()]{0,15})\)|[a-z]\)?)(?![\p{L}\d])`;
const ARTICLE_LETTER = String.raw`\b[3-7]\.\d{1,2}\.\d{1,2}${SUB_LETTER}`;
/** "artikel 5.1.2", "artikelen 4.1.6 en 4.1.7", "KKFZ 3.2.8": any dotted chapter 3–7 number after the word */
const ARTICLE_WORD = String.raw`\b(?:kkfz[\s-]+)?(?:artikel(?:en)?|kkfz)\s+[3-7]\.\d{1,2}(?:\.\d{1,2})*(?:${SUB_LETTER})?(?:\s*(?:,|en|t\/m|-|–)\s*[3-7]\.\d{1,2}(?:\.\d{1,2})*(?:${SUB_LETTER})?)*`;
const THEME = String.raw`\b${LABEL.theme}(?:'s)?\s*${shape.anyNumber}\b(?:\s*(?:,|en|t\/m|-|–)\s*${shape.anyNumber}\b)*`;
const PILLAR = `(?:${shape.number.pillar})`;
const PILLAR_NUMBER = String.raw`\b${LABEL.pillar}s?\s*${PILLAR}\b(?:\s*(?:,|en|t\/m|-|–)\s*${PILLAR}\b)*`;

/** Does a label (heading, short line, first cell) name a pillar, theme number or article? */
const NAMES_SOMETHING = [
  new RegExp(PILLAR_NUMBER, 'iu'),
  new RegExp(String.raw`\b(?:${NAMES})\b`, 'iu'),
  // the one-word name as a label: at the start ("Samenwerking met ketenpartners") or capitalised anywhere
  new RegExp(String.raw`^[\s\d.)(:–—-]*${COOPERATION}\b`, 'iu'),
  /\b(?:Samenwerk(?:en|ing)|SAMENWERK(?:EN|ING))\b/u,
  new RegExp(THEME, 'iu'),
  new RegExp(ARTICLE_LETTER, 'iu'),
  new RegExp(ARTICLE_WORD, 'iu'),
];

export function namesFramework(text: string): boolean {
  return NAMES_SOMETHING.some((re) => re.test(text));
}

/** What is removed from running text, in this order (a pillar number takes its name along). */
const IN_RUNNING_TEXT = [
  // `(?:[:–.]\s*)?` rather than `[:–.]?\s*`: two `\s*` in a row split a run of spaces in every way
  new RegExp(String.raw`${PILLAR_NUMBER}(?:\s*(?:[:\-–—.]\s*)?(?:${NAMES}|${COOPERATION}\b))?${SEP}`, 'giu'),
  new RegExp(String.raw`\b(?:${NAMES})\b${SEP}`, 'giu'),
  // the one-word name only where it is written as a name: capitalised, not at the start of a sentence
  new RegExp(String.raw`(?<!(?:^|[.!?:])\s*["“'‘(]?)(?:Samenwerk(?:en|ing)|SAMENWERK(?:EN|ING))\b${SEP}`, 'gu'),
  new RegExp(`${THEME}${SEP}`, 'giu'),
  // "(4.1.7c)", "(KKFZ 4.1.6 b)": a reference in brackets goes with both brackets
  new RegExp(String.raw`\(\s*(?:${ARTICLE_WORD}|${ARTICLE_LETTER})(?<=\))|${ARTICLE_WORD}`, 'giu'),
  new RegExp(String.raw`\(\s*${ARTICLE_LETTER}(?<=\))|${ARTICLE_LETTER}`, 'giu'),
];

/** Running text without the words that name a pillar, theme number or article, tidied up. */
export function removeNaming(text: string): string {
  let t = text;
  for (const re of IN_RUNNING_TEXT) t = t.replace(re, ' ');
  if (t === text) return text;
  t = normalizeSpace(t)
    .replace(/[([]\s*[,;:]?\s*[)\]]/g, '')
    .replace(/\s+([,.;:!?)\]])/g, '$1')
    .replace(/([([])\s+/g, '$1')
    .replace(/([,;:])(?=[,;:.])/g, '')
    .replace(/^[\s,.;:–—-]+/, '');
  return normalizeSpace(t);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Draft = Omit<Block, 'i' | 'parent' | 'headingPath'>;

/** The block without its naming, or null when it goes as a whole. */
function strip(b: Block): Draft | null {
  const { i: _i, parent: _p, headingPath: _h, ...draft } = b;
  if (b.kind === 'heading') return namesFramework(b.text) ? null : draft;
  if (b.kind === 'table') {
    const rows = b.rows ?? [];
    if (!rows.some((r) => r[0] !== undefined && namesFramework(r[0]))) return draft;
    const blanked = rows.map((r) => r.map((cell, c) => (c === 0 && namesFramework(cell) ? '' : cell)));
    const text = tableText(blanked);
    if (!text) return null;
    const html = `<table>${blanked.map((r) => `<tr>${r.map((cell) => `<td>${cell ? `<p>${esc(cell)}</p>` : ''}</td>`).join('')}</tr>`).join('')}</table>`;
    return { ...draft, rows: blanked, text, html };
  }
  if (countWords(b.text) <= SHORT_LINE_WORDS && namesFramework(b.text)) return null;
  const text = removeNaming(b.text);
  if (text === b.text) return draft;
  if (!text) return null;
  const tag = b.kind === 'list-item' ? 'li' : 'p';
  return { ...draft, text, html: `<${tag}>${esc(text)}</${tag}>` };
}

/**
 * The robustness test "delete every heading, first table cell or line that names a pillar, theme number or
 * article number": such headings and short lines go, such first cells are blanked, and in longer text the
 * naming words themselves are removed. The rest is renumbered and its heading tree rebuilt the way
 * splitBlocks builds it; `kept[k]` is the original index of new block k (ids stay as they were).
 */
export function stripStructure(blocks: Block[]): { blocks: Block[]; kept: number[] } {
  const out: Block[] = [];
  const kept: number[] = [];
  const headings: Block[] = [];
  for (const b of blocks) {
    const d = strip(b);
    if (!d) continue;
    while (headings.length && d.kind === 'heading' && headings[headings.length - 1]!.level! >= d.level!) headings.pop();
    const parent = headings[headings.length - 1];
    const block: Block = {
      ...d,
      i: out.length,
      headingPath: headings.map((h) => h.text),
      parent: parent ? parent.i : null,
    };
    out.push(block);
    kept.push(b.i);
    if (d.kind === 'heading') headings.push(block);
  }
  return { blocks: out, kept };
}

// ── flattenDocx ───────────────────────────────────────────────────────────────

/** Removes every element `tag` (self-closing or with content, nested ones included). */
function removeElement(xml: string, tag: string): string {
  const re = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  let out = '';
  let from = 0;
  let depth = 0;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const closing = m[1] === '/';
    const selfClosing = m[2] === '/';
    if (!closing && depth === 0) start = m.index;
    if (closing) depth--;
    else if (!selfClosing) depth++;
    if (depth <= 0) {
      depth = 0;
      out += xml.slice(from, start);
      from = re.lastIndex;
    }
  }
  return out + xml.slice(from);
}

const HEADING_NAME = /^(?:heading|kop|titre|überschrift|ueberschrift)\s*\d|^(?:title|titel|subtitle|ondertitel)$/i;
const REF_TAGS = 'pStyle|basedOn|next|link|rStyle|tblStyle|numStyleLink|styleLink';

function attrOf(source: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(source);
  return m ? m[1]! : null;
}

/** Paragraph styles that carry list numbering: mammoth finds a list level through them (numbering.xml). */
function numberingStyles(stylesXml: string, numberingXml: string): Set<string> {
  const ids = new Set<string>();
  for (const m of numberingXml.matchAll(/<w:pStyle\b([^>]*)\/?>/g)) {
    const v = attrOf(m[1]!, 'w:val');
    if (v) ids.add(v);
  }
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attrOf(m[1]!, 'w:styleId');
    if (id && /<w:numPr\b/.test(m[2]!)) ids.add(id);
  }
  return ids;
}

/** Heading-like styles (by name, id or outline level) get a neutral id and name, everywhere they are named. */
function headingStyleRenames(stylesXml: string): Map<string, string> {
  const renames = new Map<string, string>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attrOf(m[1]!, 'w:styleId');
    const nameEl = /<w:name\b([^>]*)\/?>/.exec(m[2]!);
    const name = nameEl ? attrOf(nameEl[1]!, 'w:val') : null;
    if (!id) continue;
    if (
      HEADING_NAME.test(name ?? '') ||
      HEADING_NAME.test(id) ||
      /^heading$/i.test(id) ||
      /<w:outlineLvl\b/.test(m[2]!)
    ) {
      renames.set(id, `KkfzFlat${renames.size + 1}`);
    }
  }
  return renames;
}

function applyRenames(xml: string, renames: Map<string, string>): string {
  if (!renames.size) return xml;
  return xml.replace(
    new RegExp(`(<w:(?:${REF_TAGS})\\b[^>]*?\\bw:val=")([^"]*)(")`, 'g'),
    (all, a: string, id: string, b: string) => (renames.has(id) ? `${a}${renames.get(id)}${b}` : all),
  );
}

const FORMATTING_IN_STYLES = ['w:outlineLvl', 'w:b', 'w:bCs', 'w:sz', 'w:szCs', 'w:caps'];

function flattenStyles(xml: string, renames: Map<string, string>): string {
  let out = xml;
  for (const tag of FORMATTING_IN_STYLES) out = removeElement(out, tag);
  out = out.replace(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g, (all, attrs: string, body: string) => {
    const id = attrOf(attrs, 'w:styleId');
    const to = id && renames.get(id);
    if (!to) return all;
    const newAttrs = attrs.replace(/(\bw:styleId=")[^"]*(")/, `$1${to}$2`);
    const newBody = removeElement(body, 'w:aliases').replace(
      /(<w:name\b[^>]*?\bw:val=")[^"]*(")/,
      `$1Vlakke tekst ${to.slice('KkfzFlat'.length)}$2`,
    );
    return `<w:style${newAttrs}>${newBody}</w:style>`;
  });
  return applyRenames(out, renames);
}

function flattenDocument(xml: string, keepStyles: Set<string>, renames: Map<string, string>): string {
  let out = removeElement(xml, 'w:rPr');
  out = removeElement(out, 'w:outlineLvl');
  out = out.replace(/<w:pStyle\b([^>]*?)(?:\/>|>\s*<\/w:pStyle>)/g, (all, attrs: string) => {
    const id = attrOf(attrs, 'w:val');
    return id && keepStyles.has(id) ? all : '';
  });
  return applyRenames(out, renames);
}

/**
 * The robustness test "every heading style and every run format removed": in word/document.xml every
 * paragraph style reference and every run property (also the paragraph mark's) goes, except the style of
 * a paragraph that gets its list numbering through a (non-heading) style, so lists stay lists; in word/styles.xml no
 * style is bold, sized, in capitals or on an outline level, and heading-like styles get neutral ids and
 * names. Direct list numbering (w:numPr) stays. Returns a new .docx.
 */
export function flattenDocx(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const doc = files['word/document.xml'];
  if (!doc) throw new Error('flattenDocx: no word/document.xml');
  const stylesXml = files['word/styles.xml'] ? strFromU8(files['word/styles.xml']) : '';
  const numberingXml = files['word/numbering.xml'] ? strFromU8(files['word/numbering.xml']) : '';
  const renames = headingStyleRenames(stylesXml);
  // a heading style linked to an outline numbering (LibreOffice links Heading 2–4 so) is no list: it goes
  const keep = new Set([...numberingStyles(stylesXml, numberingXml)].filter((id) => !renames.has(id)));
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    if (name === 'word/document.xml') out[name] = strToU8(flattenDocument(strFromU8(data), keep, renames));
    else if (name === 'word/styles.xml') out[name] = strToU8(flattenStyles(stylesXml, renames));
    else if (name === 'word/numbering.xml') out[name] = strToU8(applyRenames(numberingXml, renames));
    else out[name] = data;
  }
  return zipSync(out);
}
