// How a template's paragraph and runs look, read from its own XML: the ParagraphLook the import's heading rules
// take (lib/docx/headings.ts), and whether a run is hint text — grey, italic or in Word's placeholder style — which a
// template uses for "write here" text.
import type { ParagraphLook } from '../docx/headings';
import type { StyleSheet } from '../docx/styles';
import { normalizeSpace } from '../text/normalize';
import { kid, runsOf, textOf, up, val } from './xml';

const DEFAULT_POINTS = 11;
/** Word's own style for a content control's placeholder, in English and Dutch */
const PLACEHOLDER_STYLE = /placeholder|tijdelijke aanduiding/i;
/** grey: the three channels close together, neither near black nor near white */
const GREY_SPREAD = 0x24;
const GREY_DARKEST = 0x55;
const GREY_LIGHTEST = 0xd9;

/** w:b, w:i, w:caps: on when present without w:val or with true/1/on. */
export function toggle(props: Element | null, name: string): boolean | null {
  const el = props && kid(props, name);
  if (!el) return null;
  const v = val(el);
  return v === null || v === 'true' || v === '1' || v === 'on';
}

export const styleOf = (p: Element): string | null => val(kid(kid(p, 'pPr') ?? p, 'pStyle'));

function isGrey(hex: string | null): boolean {
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16)) as [number, number, number];
  const avg = (r + g + b) / 3;
  return Math.max(r, g, b) - Math.min(r, g, b) <= GREY_SPREAD && avg >= GREY_DARKEST && avg <= GREY_LIGHTEST;
}

/** A run set apart as hint text: Word's placeholder style, grey, or (`italic`: for a whole paragraph, where it is
 * no emphasis) italic. */
export function isHintRun(r: Element, styles: StyleSheet, italic: boolean): boolean {
  const props = kid(r, 'rPr');
  const id = val(props && kid(props, 'rStyle'));
  if (PLACEHOLDER_STYLE.test(styles.get(id)?.name ?? id ?? '')) return true;
  return isGrey(val(props && kid(props, 'color'))) || (italic && toggle(props, 'i') === true);
}

export function paragraphLook(p: Element, styles: StyleSheet): ParagraphLook {
  const pStyle = styles.get(styleOf(p));
  const runs = runsOf(p).filter((r) => /\S/.test(textOf(r)));
  const runStyle = (r: Element) => styles.get(val(kid(kid(r, 'rPr') ?? r, 'rStyle')));
  const on = (r: Element, name: 'b' | 'caps', inherited: (s: NonNullable<ReturnType<StyleSheet['get']>>) => boolean) =>
    toggle(kid(r, 'rPr'), name) ?? ((runStyle(r) && inherited(runStyle(r)!)) || (pStyle !== null && inherited(pStyle)));
  const size = (r: Element) => {
    const half = Number(val(kid(kid(r, 'rPr') ?? r, 'sz')));
    return half > 0
      ? half / 2
      : (runStyle(r)?.fontSize ?? pStyle?.fontSize ?? styles.defaultFontSize ?? DEFAULT_POINTS);
  };
  const numbering = kid(kid(p, 'pPr') ?? p, 'numPr');
  const sizes = runs.map(size);
  return {
    text: normalizeSpace(textOf(p)),
    bold: runs.length > 0 && runs.every((r) => on(r, 'b', (s) => s.bold)),
    // reduce, not Math.max(...sizes): a paragraph of very many runs would overflow the call stack as arguments
    fontSize: sizes.length ? sizes.reduce((a, b) => Math.max(a, b)) : null,
    caps: runs.length > 0 && runs.every((r) => on(r, 'caps', (s) => s.caps)),
    inTable: up(p, 'tc') !== null,
    // numId 0 switches a style's numbering off
    isListItem: numbering !== null && val(kid(numbering, 'numId')) !== '0',
  };
}
