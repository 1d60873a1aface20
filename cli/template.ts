// `kkfz template <sjabloon.docx> --from <verslag.docx> [--out ingevuld.docx] [--json]`: the organisation's own Word
// template filled from a report, as the workspace does it: per place its item, score and whether text went in, and
// why not. Exit 0 when every place was filled, 1 when one was left, 2 for unreadable input or wrong usage.
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { collectTemplate } from '../lib/template/collect';
import { planTemplate, type TemplateEntry } from '../lib/template/plan';
import type { SlotKind } from '../lib/template/slot';
import { reportSource } from '../lib/template/source';
import { writeTemplate } from '../lib/template/write';
import type { Analysis } from '../lib/schema';
import { analyseFile, clip, fail, parseYear, readFileBytes, UsageError, type Invocation, type Lang } from './common';
import { pad } from './columns';

const T = {
  nl: {
    template: 'Sjabloon',
    from: 'Bron',
    year: 'verslagjaar',
    noYear: 'verslagjaar onbekend',
    head: ['Plek', 'Soort', 'Onderdeel', 'Score', 'Ingevuld'],
    kinds: { section: 'onder kop', inline: 'in regel', cell: 'tabelcel', control: 'invulveld' } as Record<
      SlotKind,
      string
    >,
    yes: 'ja',
    no: 'nee',
    none: '—',
    unticked: 'onzeker: niet ingevuld, kies het onderdeel zelf',
    counts: (filled: number, all: number) => `Ingevuld: ${filled} van ${all} plekken.`,
    left: 'Niet ingevuld (de plek houdt wat het sjabloon er toont):',
    written: 'Geschreven',
    noOut: 'Niets geschreven: geef --out ingevuld.docx om het ingevulde sjabloon te bewaren.',
    noFrom: '--from ontbreekt: geef het verslag waaruit het sjabloon gevuld wordt',
    outExt: (o: string) => `--out moet eindigen op .docx (kreeg "${o}")`,
    cannotWrite: (o: string, why: string) => `Kan ${o} niet schrijven: ${why}`,
    noSlots:
      'Het sjabloon heeft geen plekken om in te vullen (geen placeholders, lege kopjes, lege tabelcellen of invulvelden).',
  },
  en: {
    template: 'Template',
    from: 'Source',
    year: 'reporting year',
    noYear: 'reporting year unknown',
    head: ['Place', 'Kind', 'Item', 'Score', 'Filled'],
    kinds: { section: 'under heading', inline: 'in line', cell: 'table cell', control: 'control' } as Record<
      SlotKind,
      string
    >,
    yes: 'yes',
    no: 'no',
    none: '—',
    unticked: 'unsure: not filled, choose the item yourself',
    counts: (filled: number, all: number) => `Filled: ${filled} of ${all} places.`,
    left: 'Not filled (the place keeps what the template shows there):',
    written: 'Written',
    noOut: 'Nothing written: pass --out filled.docx to keep the filled template.',
    noFrom: '--from is missing: give the report to fill the template from',
    outExt: (o: string) => `--out must end in .docx (got "${o}")`,
    cannotWrite: (o: string, why: string) => `Cannot write ${o}: ${why}`,
    noSlots:
      'The template has no places to fill (no placeholders, empty headings, empty table cells or content controls).',
  },
} as const;

/** Why a place stays as it is: the plan's note, or that it was not ticked. */
const why = (e: TemplateEntry, lang: Lang) => (e.selected && e.pieces.length ? e.evidence : e.note || T[lang].unticked);

function templateJson(
  file: string,
  from: string,
  out: string | null,
  a: Analysis,
  entries: TemplateEntry[],
  filled: Set<string>,
  lang: Lang,
) {
  const label = (id: string | null) => (id ? (a.checklist.find((c) => c.id === id)?.label ?? id) : null);
  return {
    template: file,
    from,
    out,
    year: a.effectiveYear,
    slots: entries.map((e) => ({
      key: e.key,
      kind: e.where.kind,
      label: e.label,
      shown: e.shown,
      item: e.target,
      itemLabel: label(e.target),
      score: e.score,
      fit: e.fit,
      filled: filled.has(e.key),
      why: why(e, lang),
      source: e.source,
      text: e.text,
    })),
    counts: { slots: entries.length, filled: filled.size, left: entries.length - filled.size },
  };
}

function formatPlan(
  file: string,
  from: string,
  a: Analysis,
  entries: TemplateEntry[],
  filled: Set<string>,
  lang: Lang,
): string {
  const t = T[lang];
  const label = (id: string | null) => (id ? (a.checklist.find((c) => c.id === id)?.label ?? id) : t.none);
  const out = [
    `${t.template}: ${file}`,
    `${t.from}: ${from} (${a.effectiveYear !== null ? `${t.year} ${a.effectiveYear}` : t.noYear})`,
    '',
  ];
  out.push(`${pad(t.head[0], 36)} ${pad(t.head[1], 14)} ${pad(t.head[2], 34)} ${pad(t.head[3], 6)} ${t.head[4]}`);
  for (const e of entries) {
    const done = filled.has(e.key);
    out.push(
      `${pad(e.label || e.shown, 36)} ${pad(t.kinds[e.where.kind], 14)} ${pad(label(e.target), 34)} ${pad(e.target ? e.score.toFixed(2) : t.none, 6)} ${done ? t.yes : t.no}`,
    );
    out.push(`${' '.repeat(4)}${clip(done ? `${e.evidence}; ${e.source}` : why(e, lang), 110)}`);
  }
  out.push('', t.counts(filled.size, entries.length));
  const left = entries.filter((e) => !filled.has(e.key));
  if (left.length)
    out.push(
      t.left,
      ...left.map(
        (e) => `  - ${clip(e.label || e.shown, 60)}${e.shown ? ` [${clip(e.shown, 40)}]` : ''}: ${why(e, lang)}`,
      ),
    );
  return `${out.join('\n')}\n`;
}

export async function template(inv: Invocation): Promise<number> {
  const t = T[inv.lang];
  const file = inv.args[0]!;
  if (inv.from === undefined) return fail(inv, T.nl.noFrom, T.en.noFrom);
  if (inv.out !== undefined && extname(inv.out).toLowerCase() !== '.docx')
    return fail(inv, T.nl.outExt(inv.out), T.en.outExt(inv.out));
  let year: number | undefined;
  try {
    year = parseYear(inv.year);
  } catch (e) {
    if (e instanceof UsageError) return fail(inv, e.message, e.message);
    throw e;
  }
  const bytes = await readFileBytes(file);
  if (!bytes.ok) return fail(inv, bytes.error.nl, bytes.error.en, bytes.error.code, file);
  const collected = collectTemplate(bytes.value);
  // said as the template's: the same refusals speak of a report
  if (!collected.ok)
    return fail(
      inv,
      `Sjabloon ${file}: ${collected.error.nl}`,
      `Template ${file}: ${collected.error.en}`,
      collected.error.code,
      file,
    );
  const read = await analyseFile(inv, inv.from, { year: year ?? null });
  if (!read.ok) return read.error;
  const analysis = read.value;
  const entries = planTemplate(collected.value, reportSource(analysis), { lang: inv.lang });
  let filled = new Set(entries.filter((e) => e.selected && e.pieces.length).map((e) => e.key));
  if (inv.out !== undefined) {
    const written = writeTemplate(bytes.value, entries);
    if (!written.ok) return fail(inv, written.error.nl, written.error.en, written.error.code, file);
    filled = new Set(written.value.filled);
    try {
      await writeFile(inv.out, written.value.bytes);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return fail(inv, T.nl.cannotWrite(inv.out, why), T.en.cannotWrite(inv.out, why), 'write-failed', file);
    }
  }
  if (inv.json)
    inv.io.stdout(
      `${JSON.stringify(templateJson(file, inv.from, inv.out ?? null, analysis, entries, filled, inv.lang))}\n`,
    );
  else {
    const tail = entries.length === 0 ? t.noSlots : inv.out !== undefined ? `${t.written}: ${inv.out}` : t.noOut;
    inv.io.stdout(`${formatPlan(file, inv.from, analysis, entries, filled, inv.lang)}\n${tail}\n`);
  }
  return filled.size === entries.length ? 0 : 1;
}
