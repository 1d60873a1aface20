// The template's body in reading order: its headings (by style, or by looks and wording, as the import reads a
// report: lib/docx/outline.ts), and every other paragraph as a place to write (a placeholder, an empty line), a
// question or label that asks for what follows it, or the template's own text; tables and titled content controls
// as they stand. Each item knows the headings above it and the template's own text since the last of them.
import { headingLevelFromName } from '../docx/styles';
import { readOutline } from '../docx/outline';
import { countWords, normalizeSpace } from '../text/normalize';
import type { TemplateDoc } from './document';
import { isHintRun, paragraphLook, styleOf } from './looks';
import { isPlaceholderText } from './placeholder';
import { inlineSpans, lineOf } from './inline';
import { all, isW, kid, kids, runsOf, textOf, up } from './xml';

export interface Heading {
  text: string;
  level: number;
  /** the same for every place under it (FieldPlace.sections) */
  key: string;
  /** a title or subtitle: above everything, asking for nothing */
  title: boolean;
}

/** heading: a heading · empty: an empty line · placeholder: a place to write · prompt: a question or label that
 * ends in "?" or ":" · body: the template's own text */
export type ParagraphKind = 'heading' | 'empty' | 'placeholder' | 'prompt' | 'body';

export type BodyItem =
  | { type: 'p'; el: Element; paragraph: number; kind: ParagraphKind; text: string; heading: Heading | null }
  | { type: 'table'; el: Element }
  | { type: 'control'; el: Element };

/** Where an item stands: the headings above it (outermost first) and the template's text between the last of
 * them (or the last place to write) and it. */
export interface Place {
  sections: Heading[];
  before: string;
}

export interface Body {
  items: BodyItem[];
  headings: Heading[];
  /** the place of any element of the body: that of the item that holds it */
  placeOf(el: Element): Place;
}

/** what makes a paragraph without text more than an empty line (a section break is kept by the writer) */
const HOLDS = new Set([
  'drawing',
  'pict',
  'object',
  'fldChar',
  'fldSimple',
  'instrText',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
  'sdt',
  'oMath',
  'AlternateContent',
]);
const TITLE = /^(?:title|titel|subtitle|ondertitel)$/i;
/** a question or label longer than this is text of its own */
const PROMPT_WORDS = 25;

export function holdsMore(el: Element): boolean {
  const walk = (x: Element): boolean => {
    for (let c = x.firstChild; c; c = c.nextSibling)
      if (c.nodeType === 1 && (HOLDS.has((c as Element).localName) || walk(c as Element))) return true;
    return false;
  };
  return walk(el);
}

/** What a paragraph that is not a heading is. */
export function paragraphKind(p: Element, t: Pick<TemplateDoc, 'styles'>): Exclude<ParagraphKind, 'heading'> {
  const text = normalizeSpace(textOf(p));
  // a logo, a field, a footnote: the template's own, with or without text
  if (holdsMore(p)) return 'body';
  if (!text) return 'empty';
  const runs = runsOf(p).filter((r) => /\S/.test(textOf(r)));
  if (isPlaceholderText(text) || runs.every((r) => isHintRun(r, t.styles, true))) return 'placeholder';
  const listed = kid(kid(p, 'pPr') ?? p, 'numPr') !== null;
  // one short sentence or label that asks: "Toelichting:", "Hoe betrekt u naasten?"
  return /[:?]$/.test(text) && !/[.!?]\s/.test(text) && !listed && countWords(text) <= PROMPT_WORDS ? 'prompt' : 'body';
}

export function readBody(t: TemplateDoc, isSlotControl: (sdt: Element) => boolean): Body {
  const index = new Map(t.paragraphs.map((p, k) => [p, k]));
  // the outline over every paragraph the reader sees, as the import reads it; a place to write is never a heading
  const seen = t.paragraphs.filter((p) => !up(p, 'txbxContent'));
  const outline = readOutline(
    seen.map((p) => {
      const style = styleOf(p);
      const inTable = up(p, 'tc') !== null;
      const styled = t.styles.get(style)?.headingLevel ?? (style ? headingLevelFromName(style) : null);
      return { look: paragraphLook(p, t.styles), styled: inTable ? null : styled };
    }),
  );
  const holdsPlace = (p: Element) =>
    all(p, 'sdt').some(isSlotControl) || inlineSpans(lineOf(p, isSlotControl), t.styles).length > 0;
  // a line that holds a place to write ("Aantal cliënten: [aantal]") is a form's line, unless a style says otherwise
  const levels = new Map(
    seen.map((p, k) => [p, outline[k] && (!outline[k].guess || !holdsPlace(p)) ? outline[k].level : null]),
  );

  const items: BodyItem[] = [];
  const places = new Map<Element, Place>();
  const headings: Heading[] = [];
  let stack: Heading[] = [];
  let before: string[] = [];
  const add = (item: BodyItem) => {
    items.push(item);
    places.set(item.el, { sections: stack, before: before.join(' ') });
  };
  const walk = (parent: Element) => {
    for (const el of kids(parent)) {
      if (isW(el, 'p')) {
        const text = normalizeSpace(textOf(el));
        const level = levels.get(el) ?? null;
        const kind =
          level !== null && text && paragraphKind(el, t) !== 'placeholder' ? 'heading' : paragraphKind(el, t);
        if (kind === 'heading') {
          const heading: Heading = {
            text,
            level: level!,
            key: `h${index.get(el)}`,
            title: TITLE.test(t.styles.get(styleOf(el))?.name ?? ''),
          };
          stack = [...stack.filter((h) => h.level < heading.level), heading];
          before = [];
          headings.push(heading);
          add({ type: 'p', el, paragraph: index.get(el)!, kind, text, heading });
          continue;
        }
        add({ type: 'p', el, paragraph: index.get(el)!, kind, text, heading: null });
        // the template's text before a place to write belongs to that place only
        if (kind === 'placeholder' || holdsPlace(el)) before = [];
        else if (kind === 'body' || kind === 'prompt') before.push(text);
      } else if (isW(el, 'tbl')) {
        add({ type: 'table', el });
        before = [];
      } else if (isW(el, 'sdt')) {
        if (isSlotControl(el)) {
          add({ type: 'control', el });
          before = [];
        } else {
          const content = kid(el, 'sdtContent');
          if (content) walk(content);
        }
      } else if (isW(el, 'customXml')) walk(el);
    }
  };
  const body = kid(t.doc.documentElement, 'body');
  if (body) walk(body);
  return {
    items,
    headings,
    placeOf(el) {
      for (let n: Node | null = el; n; n = n.parentNode) {
        const place = places.get(n as Element);
        if (place) return place;
      }
      return { sections: [], before: '' };
    },
  };
}
