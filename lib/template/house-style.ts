// The template's own house style for what is put in where nothing shows one: its body text style (the paragraph
// style most of its own text is set in, else Word's default), its table style (that of its first table, else a
// grid style it defines), how it makes bullets (a bullet list of its numbering, else a list style of its own), and
// the width of its text. Read, never changed: styles and numbering stay byte for byte the template's.
import type { TemplateDoc } from './document';
import { paragraphKind } from './body';
import { styleOf } from './looks';
import { partText } from './package';
import { all, kid, kids, parseXml, textOf, up, val, XmlError } from './xml';

export interface HouseStyle {
  /** paragraph style id for body text (null: the document's default) */
  body: string | null;
  table: string | null;
  /** a list style for list items, and a bullet numbering (numId) if the template has one */
  listStyle: string | null;
  bulletNum: string | null;
  /** the text area's width in twentieths of a point */
  width: number;
}

const TABLE_GRID = /^(?:table grid|tabelraster)$/i;
const LIST_PARAGRAPH = /^(?:list paragraph|lijstalinea)$/i;
const LIST_BULLET = /^(?:list bullet|lijstopsommingsteken)$/i;
/** A4 less Word's default margins */
const DEFAULT_WIDTH = 9026;

function styleIds(t: TemplateDoc): { id: string; name: string; type: string }[] {
  const xml = partText(t.pkg, 'word/styles.xml');
  if (!xml) return [];
  try {
    return all(parseXml(xml), 'style').map((s) => ({
      id: val(s, 'styleId') ?? '',
      name: val(kid(s, 'name')) ?? '',
      type: val(s, 'type') ?? '',
    }));
  } catch (e) {
    if (e instanceof XmlError) return [];
    throw e;
  }
}

/** The numId of a list whose first level is a bullet. */
function bulletNumbering(t: TemplateDoc): string | null {
  const xml = partText(t.pkg, 'word/numbering.xml');
  if (!xml) return null;
  let doc: Document;
  try {
    doc = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlError) return null;
    throw e;
  }
  const bullets = new Set(
    all(doc, 'abstractNum')
      .filter((a) => kids(a, 'lvl').some((l) => val(l, 'ilvl') === '0' && val(kid(l, 'numFmt')) === 'bullet'))
      .map((a) => val(a, 'abstractNumId')),
  );
  const num = all(doc, 'num').find((n) => bullets.has(val(kid(n, 'abstractNumId'))));
  return num ? val(num, 'numId') : null;
}

export function houseStyle(t: TemplateDoc): HouseStyle {
  const styles = styleIds(t);
  const named = (re: RegExp, type: string) => styles.find((s) => s.type === type && re.test(s.name))?.id ?? null;
  // the style most of the template's own text is in, by length
  const weight = new Map<string | null, number>();
  for (const p of t.paragraphs) {
    const id = styleOf(p);
    const style = t.styles.get(id);
    if (
      up(p, 'tc') ||
      up(p, 'txbxContent') ||
      style?.headingLevel ||
      kid(kid(p, 'pPr') ?? p, 'numPr') ||
      paragraphKind(p, t) !== 'body'
    )
      continue;
    weight.set(id, (weight.get(id) ?? 0) + textOf(p).length);
  }
  const body = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const table =
    all(t.doc, 'tbl')
      .map((tbl) => val(kid(kid(tbl, 'tblPr') ?? tbl, 'tblStyle')))
      .find(Boolean) ?? named(TABLE_GRID, 'table');
  const section = all(t.doc, 'sectPr').at(-1);
  const size = Number(val(section ? kid(section, 'pgSz') : null, 'w'));
  const margins = section ? kid(section, 'pgMar') : null;
  const width = size - Number(val(margins, 'left')) - Number(val(margins, 'right'));
  const bulletNum = bulletNumbering(t);
  return {
    body,
    table,
    listStyle: bulletNum ? named(LIST_PARAGRAPH, 'paragraph') : named(LIST_BULLET, 'paragraph'),
    bulletNum,
    width: width > 0 ? width : DEFAULT_WIDTH,
  };
}
