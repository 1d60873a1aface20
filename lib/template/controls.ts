// Word content controls (w:sdt) as places to write: one with a title (w:alias) or a tag that shows its placeholder
// or nothing yet. What kind it is decides what it takes: text (plain or rich, a line or a passage), a date or a
// choice from a list (which the filler leaves to the user, as in a web form); a table of contents, a picture or a
// check box is no place for report text.
import { normalizeSpace } from '../text/normalize';
import { isPlaceholderText } from './placeholder';
import { isW, kid, kids, textOf, up, val } from './xml';

export type ControlType = 'rich' | 'plain' | 'date' | 'list' | 'other';
/** what it holds: paragraphs and tables, runs in a line, a table cell, table rows */
export type ControlLevel = 'block' | 'inline' | 'cell' | 'row';

export interface ControlInfo {
  title: string;
  tag: string;
  type: ControlType;
  level: ControlLevel;
  /** a plain text control that takes line breaks */
  multiLine: boolean;
  options: { value: string; label: string }[];
  locked: boolean;
  /** what it shows now, placeholder or content */
  text: string;
  placeholder: boolean;
}

const OTHER = new Set([
  'docPartObj',
  'docPartList',
  'picture',
  'citation',
  'bibliography',
  'group',
  'equation',
  'checkbox',
]);

export function controlInfo(sdt: Element): ControlInfo {
  const pr = kid(sdt, 'sdtPr');
  const content = kid(sdt, 'sdtContent');
  const has = (name: string) => pr !== null && kids(pr).some((e) => e.localName === name);
  // w14:checkbox lives in another namespace: looked for by name
  const other =
    pr !== null && Array.from(pr.childNodes).some((n) => n.nodeType === 1 && OTHER.has((n as Element).localName));
  const list = pr && (kid(pr, 'dropDownList') ?? kid(pr, 'comboBox'));
  const type: ControlType = other ? 'other' : list ? 'list' : has('date') ? 'date' : has('text') ? 'plain' : 'rich';
  // where it stands says what it holds: in a row it is a cell, in a table rows, in a paragraph runs
  const parent = sdt.parentNode;
  const level: ControlLevel = isW(parent, 'tr')
    ? 'cell'
    : isW(parent, 'tbl')
      ? 'row'
      : up(sdt, 'p')
        ? 'inline'
        : 'block';
  const text = content ? normalizeSpace(textOf(content)) : '';
  const lock = val(pr && kid(pr, 'lock'));
  return {
    title: normalizeSpace(val(pr && kid(pr, 'alias')) ?? ''),
    tag: normalizeSpace(val(pr && kid(pr, 'tag')) ?? ''),
    type,
    level,
    multiLine: ['1', 'true', 'on'].includes(val(pr && kid(pr, 'text'), 'multiLine') ?? ''),
    options: list
      ? kids(list, 'listItem').map((i) => ({
          value: val(i, 'value') ?? '',
          label: val(i, 'displayText') ?? val(i, 'value') ?? '',
        }))
      : [],
    locked: lock === 'contentLocked' || lock === 'sdtContentLocked',
    text,
    placeholder: pr !== null && kid(pr, 'showingPlcHdr') !== null,
  };
}

/** A titled or tagged control, of a kind that takes text, a date or a choice, that holds nothing of its own yet;
 * the innermost of nested ones. */
export function isSlotControl(sdt: Element): boolean {
  const c = controlInfo(sdt);
  if ((!c.title && !c.tag) || c.type === 'other' || c.level === 'row') return false;
  if (!(c.placeholder || !c.text || isPlaceholderText(c.text))) return false;
  const content = kid(sdt, 'sdtContent');
  return !content || !Array.from(content.getElementsByTagNameNS(sdt.namespaceURI, 'sdt')).some(isSlotControl);
}
