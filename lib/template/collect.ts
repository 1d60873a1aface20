// Collect: every place to write in a Word template, each as a field with the signals a web form gives (its own
// words, the headings above it, its row and column in a table, the text before it), in document order. A heading
// with nothing under it, placeholder paragraphs, a question or label with nothing after it, a placeholder inside a
// line, an empty answer cell, a titled content control.
import type { FieldPlace, FieldSignals } from '../fill/field';
import { nameWords } from '../fill/field';
import type { InspectError, InspectLimits } from '../docx/inspect';
import { ok, type Result } from '../result';
import { normalizeSpace } from '../text/normalize';
import { readBody, type Body, type BodyItem, type Place } from './body';
import { controlInfo, isSlotControl } from './controls';
import { readTemplateDoc, type TemplateDoc } from './document';
import { slotField, type FieldSpec } from './field';
import { inlineSpans, lineOf } from './inline';
import { styleOf } from './looks';
import { hintOf } from './placeholder';
import type { Slot, Template, Where } from './slot';
import { answerCells, cellPlace, readTable } from './tables';
import { kid, up } from './xml';

interface Found {
  /** where it is, for document order */
  at: Element;
  offset: number;
  where: Where;
  shown: string;
  spec: Omit<FieldSpec, 'key'>;
}

const TOC_STYLE = /^(?:toc|inhopg|inhoudsopgave)/i;

/** The signals and place keys every slot takes from the headings above it. */
function around(place: Place): Pick<FieldSpec, 'place'> & { signals: Partial<FieldSignals> } {
  return {
    signals: {
      heading: place.sections.at(-1)?.text ?? '',
      outline: place.sections.slice(0, -1).map((h) => h.text),
      before: place.before,
    },
    place: { row: '', group: '', sections: place.sections.map((h) => h.key) },
  };
}

const withPlace = (base: ReturnType<typeof around>, place: Partial<FieldPlace>) => ({ ...base.place, ...place });

/** Placeholder paragraphs, headings with nothing under them, questions with nothing after them. */
function sectionSlots(body: Body): Found[] {
  const out: Found[] = [];
  const { items } = body;
  const isP = (x: BodyItem | undefined, ...kinds: string[]): x is Extract<BodyItem, { type: 'p' }> =>
    x?.type === 'p' && kinds.includes(x.kind);
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.type !== 'p') continue;
    const place = body.placeOf(item.el);
    if (item.kind === 'placeholder') {
      // one place: the placeholders in a row, with the empty lines between them
      let end = k;
      for (let j = k + 1; isP(items[j], 'placeholder', 'empty'); j++) if (isP(items[j], 'placeholder')) end = j;
      const group = items.slice(k, end + 1) as Extract<BodyItem, { type: 'p' }>[];
      const shown = group
        .filter((g) => g.kind === 'placeholder')
        .map((g) => g.text)
        .join(' ');
      const hint = group
        .map((g) => hintOf(g.text))
        .filter(Boolean)
        .join(' ');
      const base = around(place);
      out.push({
        at: item.el,
        offset: 0,
        where: { kind: 'section', paragraphs: group.map((g) => g.paragraph), after: null },
        shown,
        // named by the question it answers, else by its heading
        spec: {
          base: 'textarea',
          label: (/[?:]$/.test(place.before) && place.before) || place.sections.at(-1)?.text || hint || shown,
          signals: { ...base.signals, placeholder: hint },
          place: base.place,
        },
      });
      k = end;
      continue;
    }
    if (item.kind !== 'heading' && item.kind !== 'prompt') continue;
    if (item.kind === 'heading' && item.heading!.title) continue;
    let next = k + 1;
    while (isP(items[next], 'empty')) next++;
    const after = items[next];
    // a heading asks for text when nothing follows it before a heading at its level or above; a question or label
    // when nothing follows it before the next heading or question
    const open =
      item.kind === 'heading'
        ? after === undefined || (isP(after, 'heading') && after.heading!.level <= item.heading!.level)
        : after === undefined || isP(after, 'heading', 'prompt');
    if (!open) continue;
    const empties = items.slice(k + 1, next).map((x) => (x as Extract<BodyItem, { type: 'p' }>).paragraph);
    const base = around(place);
    out.push({
      at: item.el,
      offset: 1,
      where: { kind: 'section', paragraphs: empties, after: item.paragraph },
      shown: '',
      spec:
        item.kind === 'heading'
          ? { base: 'textarea', label: item.text, signals: base.signals, place: base.place }
          : { base: 'textarea', label: item.text, signals: { ...base.signals, label: [item.text] }, place: base.place },
    });
  }
  return out;
}

/** The empty answer cells of the body's tables. */
function cellSlots(t: TemplateDoc, body: Body, tables: Element[]): Found[] {
  const cells = new Map(t.cells.map((c, k) => [c, k]));
  return tables.flatMap((tbl, n) => {
    const grid = readTable(tbl, t, isSlotControl);
    const base = around(body.placeOf(tbl));
    return answerCells(grid).map((cell): Found => {
      const at = cellPlace(grid, cell.tc, `t${n}`)!;
      const hint = hintOf(cell.text);
      return {
        at: cell.tc,
        offset: 0,
        where: { kind: 'cell', cell: cells.get(cell.tc)! },
        shown: cell.text,
        spec: {
          base: 'textarea',
          label: [at.rowHeader, at.colHeader].filter(Boolean).join(' – '),
          signals: { ...base.signals, rowHeader: at.rowHeader, colHeader: at.colHeader, placeholder: hint },
          place: withPlace(base, { row: at.row, group: at.group }),
        },
      };
    });
  });
}

/** Titled content controls that hold nothing yet. */
function controlSlots(t: TemplateDoc, body: Body, tables: Element[]): Found[] {
  return t.controls.flatMap((sdt, index): Found[] => {
    if (!isSlotControl(sdt)) return [];
    const c = controlInfo(sdt);
    const base = around(body.placeOf(sdt));
    const tc = c.level === 'cell' ? kid(kid(sdt, 'sdtContent')!, 'tc') : up(sdt, 'tc');
    const tbl = tc && up(tc, 'tbl');
    const n = tbl ? tables.indexOf(tbl) : -1;
    const cell = tbl && n >= 0 ? cellPlace(readTable(tbl, t, isSlotControl), tc, `t${n}`) : null;
    const hint = hintOf(c.text);
    return [
      {
        at: sdt,
        offset: 0,
        where: { kind: 'control', control: index },
        shown: c.text,
        spec: {
          base:
            c.type === 'list'
              ? 'select'
              : c.type === 'date' || (c.type === 'plain' && !c.multiLine) || (c.type === 'rich' && c.level === 'inline')
                ? 'text'
                : 'textarea',
          label: c.title || nameWords(c.tag),
          inputType: c.type === 'date' ? 'date' : 'text',
          readOnly: c.locked,
          options: c.options,
          signals: {
            ...base.signals,
            label: c.title ? [c.title] : [],
            tokens: nameWords(c.tag),
            placeholder: hint,
            rowHeader: cell?.rowHeader ?? '',
            colHeader: cell?.colHeader ?? '',
          },
          place: withPlace(base, cell ? { row: cell.row, group: cell.group } : {}),
        },
      },
    ];
  });
}

/** Placeholders inside lines of the template's own text (and of tables' text cells); `taken`: paragraphs and cells
 * that are places of their own. */
function inlineSlots(t: TemplateDoc, body: Body, tables: Element[], taken: Set<Element>): Found[] {
  return t.paragraphs.flatMap((p, index): Found[] => {
    if (up(p, 'txbxContent') || TOC_STYLE.test(t.styles.get(styleOf(p))?.name ?? styleOf(p) ?? '')) return [];
    const sdt = up(p, 'sdt');
    const tc = up(p, 'tc');
    if ((sdt && isSlotControl(sdt)) || (tc && taken.has(tc)) || taken.has(p)) return [];
    const line = lineOf(p, isSlotControl);
    const place = body.placeOf(p);
    const tbl = tc && up(tc, 'tbl');
    const n = tbl ? tables.indexOf(tbl) : -1;
    const cell = tbl && n >= 0 ? cellPlace(readTable(tbl, t, isSlotControl), tc, `t${n}`) : null;
    return inlineSpans(line, t.styles).map((span): Found => {
      const label = normalizeSpace(line.text.slice(0, span.start));
      const after = normalizeSpace(line.text.slice(span.end));
      const shown = line.text.slice(span.start, span.end);
      const base = around(place);
      return {
        at: p,
        offset: span.start + 1,
        where: { kind: 'inline', paragraph: index, start: span.start, end: span.end },
        shown,
        spec: {
          // a place that ends its line ("Toelichting: [Vul hier in]") takes a passage, one inside a sentence a few words
          base: /[\p{L}\p{N}]/u.test(after) ? 'text' : 'textarea',
          label: label || after || shown,
          signals: {
            ...base.signals,
            label: label ? [label] : [],
            placeholder: hintOf(shown),
            description: after,
            rowHeader: cell?.rowHeader ?? '',
            colHeader: cell?.colHeader ?? '',
          },
          place: withPlace(base, cell ? { row: cell.row, group: cell.group } : {}),
        },
      };
    });
  });
}

/** Document order of every element, for sorting places found by different readers. */
function documentOrder(doc: Document): Map<Node, number> {
  const order = new Map<Node, number>();
  const walk = (n: Node) => {
    order.set(n, order.size);
    for (let c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) walk(c);
  };
  walk(doc.documentElement);
  return order;
}

function collectFrom(t: TemplateDoc): Template {
  const body = readBody(t, isSlotControl);
  const tables = body.items.filter((x) => x.type === 'table').map((x) => x.el);
  const cells = cellSlots(t, body, tables);
  const controls = controlSlots(t, body, tables);
  const sections = sectionSlots(body);
  const taken = new Set([
    ...cells.map((c) => c.at),
    ...sections.flatMap((s) => (s.where.kind === 'section' ? s.where.paragraphs.map((k) => t.paragraphs[k]!) : [])),
  ]);
  const found = [...sections, ...cells, ...controls, ...inlineSlots(t, body, tables, taken)];
  const order = documentOrder(t.doc);
  found.sort((a, b) => order.get(a.at)! - order.get(b.at)! || a.offset - b.offset);
  const slots = found.map((f, k): Slot => ({
    field: slotField({ ...f.spec, key: `s${k + 1}` }),
    where: f.where,
    shown: normalizeSpace(f.shown),
  }));
  return { slots, headings: body.headings.map((h) => ({ text: h.text, level: h.level })) };
}

/** The template's places to write, or why it cannot be read (as the import refuses a report). */
export function collectTemplate(
  bytes: Uint8Array,
  limits: Partial<InspectLimits> = {},
): Result<Template, InspectError> {
  const read = readTemplateDoc(bytes, limits);
  if (!read.ok) return read;
  return ok(collectFrom(read.value), read.messages);
}
