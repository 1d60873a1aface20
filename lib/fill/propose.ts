// What goes into a field for a checklist item, shaped to the field: a figure for a number field (found in the
// report's tables and text), the most relevant passages within the field's limit for a text field (cut at sentence
// ends), nothing for a date, a choice or a file. Every proposal says where it comes from.
import type { Block, ChecklistVerdict, Mapping } from '../schema';
import type { FieldInfo } from './field';
import { fieldShape, type FitKind, type Measure } from './field-kind';
import { findFigures, likelyYear, pickFigure, type Figure, type Found, type Topic } from './figures';
import { fitText } from './fit';
import { asksGoals, passagesFor, type Passage } from './passages';

/** A report as the filler reads it: blocks, their mapping, the checklist with its evidence, and its year. */
export interface FillSource {
  blocks: Block[];
  mappings: Mapping[];
  checklist: ChecklistVerdict[];
  /** the reporting year, when known: "komend jaar" is the year after */
  year?: number | null;
}

export interface Proposal {
  kind: FitKind;
  /** the most characters the field takes (null: no limit) */
  limit: number | null;
  /** what goes in ('' when nothing fits the field) */
  text: string;
  /** what the report has for it before it was cut to the field */
  full: string;
  /** `text` is a cut of `full` */
  shortened: boolean;
  blocks: number[];
  /** where it comes from, or why there is nothing, in Dutch */
  source: string;
}

export type ProposedField = Parameters<typeof fieldShape>[0] & Pick<FieldInfo, 'label'>;

/** The figures each item's number fields take, and what a field asks for when its words do not say. */
const FIGURES: Record<string, { topic: Topic; measures: Measure[] }> = {
  omvang: { topic: 'clients', measures: ['count', 'share'] },
  financieel: { topic: 'money', measures: ['share', 'amount'] },
};
/** Passages far below the best add noise, not answers. */
const FLOOR_GAP = 2;

const figureCache = new WeakMap<Block[], Figure[]>();
function figuresOf(source: FillSource): Figure[] {
  if (!figureCache.has(source.blocks))
    figureCache.set(source.blocks, findFigures(source.blocks, source.year ?? likelyYear(source.blocks)));
  return figureCache.get(source.blocks)!;
}

const dutch = (n: number, decimals: number) =>
  new Intl.NumberFormat('nl-NL', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: false,
  }).format(n);
const euros = (n: number) => `€ ${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(n)}`;

/** A figure as a field takes it: an input of type number wants "4.6", a text field reads "4,6%". */
function written(f: Found, measure: Measure, machine: boolean): string {
  if (machine) return f.value.toFixed(measure === 'amount' ? 0 : f.decimals);
  return measure === 'share'
    ? `${dutch(f.value, f.decimals)}%`
    : measure === 'amount'
      ? euros(f.value)
      : dutch(f.value, 0);
}

function sourceOf(blocks: Block[], found: Found): string {
  const b = blocks[found.block]!;
  const where = b.headingPath.at(-1) ? ` onder “${b.headingPath.at(-1)}”` : '';
  return `${b.kind === 'table' ? 'tabel' : 'tekst'}${where}: ${found.source}`;
}

const empty = (kind: FitKind, limit: number | null, source: string): Proposal => ({
  kind,
  limit,
  text: '',
  full: '',
  shortened: false,
  blocks: [],
  source,
});

function proposeFigure(
  kind: FitKind,
  limit: number | null,
  asks: Measure[],
  machine: boolean,
  target: string,
  source: FillSource,
): Proposal {
  const spec = FIGURES[target];
  if (!spec) return empty(kind, limit, 'getalveld: het verslag geeft hier geen getal voor');
  const wanted = asks.filter((m) => spec.measures.includes(m));
  const measures = wanted.length ? wanted : spec.measures.slice(0, 1);
  const evidence = new Set(source.checklist.find((c) => c.id === target)?.evidence ?? []);
  const found = measures
    .map((m) => ({ m, f: pickFigure(figuresOf(source), m, spec.topic, evidence) }))
    .filter((x): x is { m: Measure; f: Found } => x.f !== null);
  if (!found.length)
    return empty(
      kind,
      limit,
      `getalveld: geen ${measures.map((m) => ({ count: 'aantal', share: 'percentage', amount: 'bedrag' })[m]).join(' of ')} gevonden in het verslag`,
    );
  const [first, second] = found as [{ m: Measure; f: Found }, { m: Measure; f: Found } | undefined];
  const one = written(first.f, first.m, machine);
  // a number input takes one figure; a text field asking for two reads "122 (4,6% van alle cliënten)"
  const both =
    second && !machine
      ? `${one} (${written(second.f, second.m, false)}${second.m === 'share' && spec.topic === 'clients' ? ' van alle cliënten' : ''})`
      : null;
  const text = [both, one].find((o) => o !== null && (limit === null || o.length <= limit));
  if (!text) return empty(kind, limit, `getalveld: ${one} past niet in ${limit} tekens`);
  const full = both ?? one;
  return {
    kind,
    limit,
    text,
    full,
    shortened: text !== full,
    blocks: [...new Set(found.map((x) => x.f.block))],
    source: [...new Set(found.map((x) => sourceOf(source.blocks, x.f)))].join('; '),
  };
}

/**
 * The best passages that fit within `limit`, in document order. The first is the best one that reads whole within
 * the limit, as it is or cut at a sentence end (the best of all, cut at a word, when none does); then the next best
 * that still fit. A passage that lost points (an introduction, text about the report) only comes along when it is
 * near the best.
 */
function choose(ranked: Passage[], limit: number | null): Passage[] {
  const best = ranked[0];
  if (!best) return [];
  // a passage that scores nothing (an introduction that only speaks of the item) answers nothing
  const floor = Math.max(Math.min(best.score - FLOOR_GAP, 1), Number.MIN_VALUE);
  const relevant = ranked.filter((p) => p.score >= floor);
  if (!relevant.length) return [];
  const first = relevant.find((p) => limit === null || !fitText(p.text, limit).text.endsWith('…')) ?? relevant[0]!;
  const keep: Passage[] = [first];
  let used = first.text.length;
  for (const p of relevant) {
    if (p === first) continue;
    const cost = p.text.length + 2;
    if (limit !== null && used + cost > limit) continue;
    keep.push(p);
    used += cost;
  }
  return keep.sort((a, b) => a.blocks[0]! - b.blocks[0]!);
}

/** Passages as text; a long field that takes passages from several sections gets each one's heading above it. */
function join(passages: Passage[], headed: boolean): string {
  const sections = new Set(passages.map((p) => p.heading));
  let at = '';
  return passages
    .map((p) => {
      const head =
        headed && sections.size > 1 && p.heading && p.heading !== at && !p.text.startsWith(p.heading)
          ? `${p.heading}\n`
          : '';
      at = p.heading;
      return head + p.text;
    })
    .join('\n\n');
}

export function propose(field: ProposedField, target: string, source: FillSource): Proposal {
  const { kind, limit, asks } = fieldShape(field);
  if (kind === 'choice') return empty(kind, limit, 'keuzelijst: kies zelf een waarde');
  if (kind === 'file') return empty(kind, limit, 'bestandsveld: niet met tekst te vullen');
  if (kind === 'date') return empty(kind, limit, 'datumveld: vul de datum zelf in');
  if (kind === 'number' || kind === 'percentage' || kind === 'amount')
    return proposeFigure(kind, limit, asks, field.inputType === 'number', target, source);
  const s = field.signals;
  const words = [field.label, s.before, s.rowHeader, s.colHeader, s.heading].join(' ');
  const goals = asksGoals(words, target);
  const ranked = passagesFor(target, source, { words, goals });
  const all = choose(ranked, null);
  if (!all.length)
    return empty(
      kind,
      limit,
      goals ? 'het verslag noemt hier geen doelen of plannen' : 'het verslag heeft hier geen tekst voor',
    );
  const picked = choose(ranked, limit);
  const full = join(all, kind === 'long');
  const fitted = fitText(join(picked, kind === 'long'), limit);
  const headings = [...new Set(picked.map((p) => p.heading).filter(Boolean))];
  const where = headings.length
    ? ` onder ${headings
        .slice(0, 3)
        .map((h) => `“${h}”`)
        .join(', ')}${headings.length > 3 ? ' en meer' : ''}`
    : '';
  return {
    kind,
    limit,
    text: fitted.text,
    full,
    shortened: fitted.text !== full,
    blocks: picked.flatMap((p) => p.blocks),
    source: `${picked.length === 1 ? '1 passage' : `${picked.length} passages`}${where}${picked.length < all.length ? ` (van ${all.length})` : ''}`,
  };
}

/** The source without some blocks (dropped from this year's draft): they are no evidence any more. */
export function withoutBlocks(source: FillSource, dropped: Set<string>): FillSource {
  const gone = new Set(source.blocks.filter((b) => dropped.has(b.id)).map((b) => b.i));
  return {
    ...source,
    checklist: source.checklist.map((c) => ({ ...c, evidence: c.evidence.filter((i) => !gone.has(i)) })),
  };
}
