// Which passages of the report for year N can no longer stand as written in the report for N+1, and why:
// statements about N written as current, goals and plans that now need a result, figures that need this
// year's values, and status tables that need a column for the new year. Every flag points at its words.
import type { Block, Mapping, StaleFlag, StaleReason } from '../schema';
import { carryTerms } from '../knowledge/carry-terms';
import { compilePhrases } from '../knowledge/phrases';
import { findTableOfContents } from '../classify/toc';
import { headingWords } from '../classify/heading-topic';
import { tableCellRanges } from '../docx/table-cells';
import { countWords, foldSameLength } from '../text/normalize';
import { sentenceRanges, type Range } from '../text/sentences';
import { TakenRanges } from '../text/taken-ranges';

const phrases = (list: string[]) => compilePhrases<true>(list.map((p) => [p, true]));
const goalSections = phrases(carryTerms.goalSections);
const goalNames = phrases(carryTerms.goalNames);
const lastingHeadings = phrases(carryTerms.lastingHeadings);
const resultHeadings = phrases(carryTerms.resultHeadings);
const currentWords = phrases(carryTerms.currentWords);
const intentWords = phrases(carryTerms.intentWords);
const statusWords = phrases(carryTerms.statusWords);

const YEAR = /(?<![\p{L}\p{N}.,-])((?:19|20)\d\d)(?![\p{N}])/gu;
/** "2022–2028", "2022 t/m 2028", "van 2022 tot 31-5-2028": a period rather than a moment */
const RANGE = /((?:19|20)\d\d)\s*(?:-|–|—|t\/m|tot en met|tot)\s*(?:\d{1,2}[-/.]\d{1,2}[-/.])?((?:19|20)\d\d)/gu;
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const DATE = new RegExp(
  `(?<!\\p{N})(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:(?:19|20)\\d\\d|\\d\\d)(?!\\p{N})|\\d{1,2}\\s+(?:${MONTHS})(?:\\s+(?:19|20)\\d\\d)?)`,
  'gu',
);
const MONEY = /€\s?\d[\d.,]*/gu;
const PERCENT = /(?<![\p{N}.,])\d+(?:[.,]\d+)?\s?%/gu;
const DECIMAL = /(?<![\p{N}.,])\d+,\d+(?![\p{N}])/gu;
const NUMBER_WORDS = 'geen|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig';
/** "48 cliënten", "een 13-tal medewerkers", "drie klachten", "geen verwijtbare incidenten", "14 keer" */
const COUNTED = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:\\d+(?:\\.\\d{3})*(?:-tal)?|${NUMBER_WORDS})\\s+(?:\\p{L}+\\s+){0,2}?(?:${carryTerms.countNouns.join('|')})(?![\\p{L}])`,
  'gu',
);
/** "steeg van 52 naar 64" (the space before "naar" is read once: `\s*%?\s+` splits a run of spaces in every way) */
const CHANGE =
  /\bvan\s+(?!(?:19|20)\d\d)\d+(?:[.,]\d+)?(?:\s*%)?\s+(?:naar|tot)\s+(?!(?:19|20)\d\d)\d+(?:[.,]\d+)?\s*%?/gu;
/** a target is not a measured figure: "maximaal 15 medewerkers", "ten minste 90%" */
const TARGET_BEFORE = /(?:maximaal|minimaal|ten minste|tenminste|minstens|hooguit|streefwaarde|norm van|doel van)\s*$/u;
const NUMBER = /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*(?![\p{N}])/gu;
/** numbers that name something rather than count it: "Pijler 2", "versie 2021", "ISO 9001", "ZZP 1" */
const LABEL_BEFORE =
  /(?:pijler|thema|fase|versie|iso|nr|nummer|artikel|hoofdstuk|paragraaf|bijlage|zzp|stap|niveau|level|ingroeiperiode|periode|module)\.?\s*$/u;
/** KKFZ articles and section numbers ("3.1.3"), as opposed to thousands ("1.386") */
const ARTICLE = /^\d{1,2}(?:\.\d{1,2}){2,}$/u;
const YEAR_ONLY = /^(?:status\s*)?((?:19|20)\s?\d\d)$/u;

interface Section {
  level: number;
  goal: string | null;
  results: boolean;
  lasting: boolean;
}

interface Context {
  year: number;
  /** the heading (of this block or above) that makes it a goal or plan, if any */
  goal: string | null;
  /** kengetallen: a results heading above, or pillar 5 */
  figures: boolean;
  /** mission, vision, strategy: lasting intentions ("we willen …") there are no plans for one year */
  lasting: boolean;
}

const reason = (r: StaleReason, range: Range, evidence: string, nl: string, en: string): StaleFlag => ({
  reason: r,
  ...range,
  evidence,
  nl,
  en,
});

/** Years named in a text, with whether each stands for a moment or is the start or end of a period. */
function yearsIn(text: string): { year: number; at: number; length: number; inPeriod: [number, number] | null }[] {
  const periods = [...text.matchAll(RANGE)].map((m) => ({
    from: Number(m[1]),
    to: Number(m[2]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out = [...text.matchAll(YEAR)].map((m) => {
    const p = periods.find((q) => m.index >= q.start && m.index < q.end);
    return { year: Number(m[1]), at: m.index, length: 4, inPeriod: p ? ([p.from, p.to] as [number, number]) : null };
  });
  // the year of a date ("31-12-2025", "per 1-5-2026") counts too
  for (const m of text.matchAll(DATE)) {
    const y = /((?:19|20)\d\d)$/u.exec(m[0]);
    const p = periods.find((q) => m.index >= q.start && m.index < q.end);
    if (y) out.push({ year: Number(y[1]), at: m.index, length: m[0].length, inPeriod: p ? [p.from, p.to] : null });
  }
  return out;
}

/** "In 2025", "over 2025", "eind 2025": the year with the word before it, as the reader sees it. */
function quoteAround(text: string, at: number, length: number): string {
  const before = /(\p{L}+\s+)?$/u.exec(text.slice(Math.max(0, at - 30), at))?.[0] ?? '';
  return (before + text.slice(at, at + length)).trim();
}

function sentenceFlags(text: string, folded: string, s: Range, ctx: Context): StaleFlag[] {
  const out: StaleFlag[] = [];
  const sentence = text.slice(s.start, s.end);
  const fsentence = folded.slice(s.start, s.end);
  const years = yearsIn(sentence);
  const now = years.find((y) => y.year === ctx.year);
  // "in april 2026" names its own year: only a bare "in april" means this year's
  const current = now
    ? null
    : currentWords.find(fsentence).find((h) => !/^\s+(?:19|20)\d\d/u.test(fsentence.slice(h.start + h.phrase.length)));
  if (now) {
    const quote = quoteAround(sentence, now.at, now.length);
    out.push(
      reason(
        'current-year',
        s,
        quote,
        `Schrijft over ${ctx.year} als het huidige jaar (“${quote}”): zet het in de verleden tijd of vervang het door ${ctx.year + 1}.`,
        `Writes about ${ctx.year} as the current year (“${quote}”): put it in the past tense or replace it with ${ctx.year + 1}.`,
      ),
    );
  } else if (current) {
    const quote = sentence.slice(current.start, current.start + current.phrase.length);
    out.push(
      reason(
        'current-year',
        s,
        quote,
        `Beschrijft de situatie van ${ctx.year} als die van nu (“${quote}”): klopt dit in ${ctx.year + 1} nog?`,
        `Describes the ${ctx.year} situation as the present (“${quote}”): is it still true in ${ctx.year + 1}?`,
      ),
    );
  }
  if (ctx.goal) return out;
  // a later year as a moment, or a period that lies wholly ahead
  const ahead = years.find(
    (y) => y.year > ctx.year && y.year <= ctx.year + 10 && (!y.inPeriod || y.inPeriod[0] > ctx.year),
  );
  const intent = ahead || ctx.lasting ? null : intentWords.find(fsentence)[0];
  if (ahead || intent) {
    const quote = ahead
      ? quoteAround(sentence, ahead.at, ahead.length)
      : sentence.slice(intent!.start, intent!.start + intent!.phrase.length);
    out.push(
      reason(
        'goal',
        s,
        quote,
        `Plan of doel uit het verslag over ${ctx.year} (“${quote}”): beschrijf nu wat ervan terechtkwam.`,
        `A plan or goal from the ${ctx.year} report (“${quote}”): now describe what came of it.`,
      ),
    );
  }
  return out;
}

/**
 * Figures that need this year's values, as ranges of the text. Dates, amounts, percentages, decimals and
 * counted things ("48 cliënten") anywhere; bare numbers only in `bare` ranges (kengetallen, data cells).
 */
function figureRanges(folded: string, bare: Range[], dated: Range[], skip: Range[]): Range[] {
  const taken = new TakenRanges(skip);
  const out: Range[] = [];
  // one pattern's matches do not overlap each other: each is checked against what earlier patterns took
  const take = (re: RegExp, accept: (m: RegExpMatchArray) => boolean = () => true) => {
    const found: Range[] = [];
    for (const m of folded.matchAll(re)) {
      const r = { start: m.index, end: m.index + m[0].trimEnd().length };
      if (taken.free(r) && accept(m)) found.push(r);
    }
    taken.add(found);
    for (const r of found) out.push(r);
  };
  const before = (m: RegExpMatchArray) => folded.slice(Math.max(0, m.index! - 20), m.index);
  const within = (zone: Range[]) => (m: RegExpMatchArray) => zone.some((r) => m.index! >= r.start && m.index! < r.end);
  const inBare = within(bare);
  const measured = (m: RegExpMatchArray) => !TARGET_BEFORE.test(before(m));
  // dates count in kengetallen and tables; elsewhere a date marks a moment, flagged as such by its year
  take(DATE, within(dated));
  take(MONEY, measured);
  take(CHANGE);
  take(PERCENT, measured);
  take(DECIMAL, measured);
  take(COUNTED, measured);
  take(NUMBER, (m) => {
    const n = m[0];
    if (YEAR_ONLY.test(n) || ARTICLE.test(n) || !inBare(m)) return false;
    return !LABEL_BEFORE.test(before(m)) && measured(m);
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Flags of a table's status: year columns that need the new year, and status cells to check. */
function statusFlags(b: Block, ctx: Context): StaleFlag[] {
  const cells = tableCellRanges(b);
  const rows = b.rows ?? [];
  const out: StaleFlag[] = [];
  const yearCells: { year: number; range: Range }[] = [];
  rows.slice(0, 2).forEach((row, r) =>
    row.forEach((cell, c) => {
      const m = YEAR_ONLY.exec(foldSameLength(cell).trim());
      const range = cells[r]?.[c];
      if (m && range) yearCells.push({ year: Number(m[1]!.replace(/\s/g, '')), range });
    }),
  );
  const years = [...new Set(yearCells.map((y) => y.year))];
  if (years.length >= 2 || years.includes(ctx.year)) {
    const last = Math.max(...years);
    const range = { start: yearCells[0]!.range.start, end: yearCells[yearCells.length - 1]!.range.end };
    const quote = b.text.slice(range.start, range.end);
    // a planning that runs past this year also holds the themes still to come
    if (last > ctx.year)
      out.push(
        reason(
          'goal',
          range,
          quote,
          `Planning voor de jaren na ${ctx.year}: beschrijf wat er van de plannen voor ${ctx.year + 1} terechtkwam.`,
          `A planning for the years after ${ctx.year}: describe what came of the plans for ${ctx.year + 1}.`,
        ),
      );
    out.push(
      last <= ctx.year
        ? reason(
            'status-table',
            range,
            quote,
            `Tabel met een kolom per jaar tot en met ${last}: voeg een kolom ${ctx.year + 1} toe en vul de stand in.`,
            `A table with a column per year up to ${last}: add a column for ${ctx.year + 1} and fill in the status.`,
          )
        : reason(
            'status-table',
            range,
            quote,
            `Planning per jaar (${Math.min(...years)}–${last}): werk de stand bij voor ${ctx.year + 1}.`,
            `A planning per year (${Math.min(...years)}–${last}): update the status for ${ctx.year + 1}.`,
          ),
    );
  }
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const range = cells[r]?.[c];
      const hit = range && statusWords.find(foldSameLength(cell))[0];
      if (!range || !hit || hit.start !== 0) return;
      out.push(
        reason(
          'status-table',
          range,
          cell,
          `Status volgens het verslag over ${ctx.year} (“${cell}”): is dit in ${ctx.year + 1} nog de stand?`,
          `Status as of the ${ctx.year} report (“${cell}”): is it still the status in ${ctx.year + 1}?`,
        ),
      );
    }),
  );
  return out;
}

function blockFlags(b: Block, ctx: Context): StaleFlag[] {
  const folded = foldSameLength(b.text);
  const whole = { start: 0, end: b.text.length };
  // a table's cells are read one by one; a cell that only holds a year is a column header
  const cells = (b.kind === 'table' ? tableCellRanges(b) : [])
    .flatMap((row, r) => row.map((range, c) => (range ? { range, r, c, text: b.rows![r]![c]! } : null)))
    .filter((x) => x !== null);
  const yearCells = cells.filter((x) => YEAR_ONLY.test(foldSameLength(x.text).trim()));
  const parts: Range[] = b.kind === 'table' ? cells.filter((x) => !yearCells.includes(x)).map((x) => x.range) : [whole];
  // bare numbers are figures in short data cells and in kengetallen; a first column 1, 2, 3 only numbers rows
  const numbering = cells.filter((x) => x.c === 0 && /^\d{1,3}\.?$/.test(x.text));
  const bare =
    b.kind === 'table'
      ? cells
          .filter((x) => countWords(x.text) <= 6 && !(numbering.length > 1 && numbering.includes(x)))
          .map((x) => x.range)
      : ctx.figures && b.kind !== 'heading' && !/^\d{1,2}$/u.test(b.text)
        ? [whole]
        : [];
  const flags: StaleFlag[] = [];
  for (const part of parts) {
    for (const s of sentenceRanges(b.text.slice(part.start, part.end), part.start))
      flags.push(...sentenceFlags(b.text, folded, s, ctx));
  }
  // a bare number (a page or pillar badge) at the end of a goal section is no goal
  if (ctx.goal && /\p{L}/u.test(b.text)) {
    flags.push(
      reason(
        'goal',
        whole,
        ctx.goal,
        `Doel, plan of aandachtspunt uit het verslag over ${ctx.year} (onder “${ctx.goal}”): beschrijf nu wat ervan terechtkwam.`,
        `A goal, plan or point of attention from the ${ctx.year} report (under “${ctx.goal}”): now describe what came of it.`,
      ),
    );
  }
  const dated = b.kind === 'table' || ctx.figures ? [whole] : [];
  for (const r of figureRanges(
    folded,
    bare,
    dated,
    [...yearCells, ...numbering].map((x) => x.range),
  )) {
    const quote = b.text.slice(r.start, r.end);
    flags.push(
      reason(
        'figures',
        r,
        quote,
        `Cijfer uit ${ctx.year} (“${quote}”): vul het cijfer over ${ctx.year + 1} in.`,
        `A ${ctx.year} figure (“${quote}”): fill in the figure for ${ctx.year + 1}.`,
      ),
    );
  }
  if (b.kind === 'table') flags.push(...statusFlags(b, ctx));
  return flags;
}

/**
 * What a heading says about goals: its whole section lists goals or plans ("Activiteiten voor 2026",
 * "Aandachtspunten"), or it names one goal whose section reports on it ("Doel: …"): only the heading then.
 */
function goalHeading(b: Block, year: number): 'section' | 'name' | null {
  const words = headingWords(foldSameLength(b.text));
  if (/^doel\b/u.test(words) || goalNames.find(words).length) return 'name';
  if (goalSections.find(words).length) return 'section';
  return yearsIn(words).some((y) => y.year > year && (!y.inPeriod || y.inPeriod[0] > year)) ? 'section' : null;
}

const LEAD_IN = /:\s*$/u;

/**
 * The stale passages of every block (index for index with `blocks`) of a report about `year`. A table of
 * contents is not flagged: it is rebuilt, not carried.
 */
export function findStale(blocks: Block[], mappings: Mapping[], year: number): StaleFlag[][] {
  const toc = findTableOfContents(blocks);
  const stack: Section[] = [];
  /** a plan that ends in a colon ("Fase 4: periode 2026-2027 afronden:") makes the list after it plans too */
  let leadIn: string | null = null;
  return blocks.map((b, k) => {
    let own: string | null = null;
    if (b.kind === 'heading') {
      while (stack.length && stack[stack.length - 1]!.level >= b.level!) stack.pop();
      const above = stack[stack.length - 1];
      const words = headingWords(foldSameLength(b.text));
      const goal = goalHeading(b, year);
      if (goal === 'name') own = b.text;
      stack.push({
        level: b.level!,
        goal: goal === 'section' ? b.text : (above?.goal ?? null),
        results: resultHeadings.find(words).length > 0 || (above?.results ?? false),
        lasting: lastingHeadings.find(words).length > 0 || (above?.lasting ?? false),
      });
    }
    if (b.kind !== 'list-item') leadIn = null;
    if (toc.has(b.i)) return [];
    const section = stack[stack.length - 1];
    const ctx: Context = {
      year,
      goal: own ?? section?.goal ?? (b.kind === 'list-item' ? leadIn : null),
      figures: (section?.results ?? false) || mappings[k]?.pillar === 5,
      lasting: section?.lasting ?? false,
    };
    const flags = blockFlags(b, ctx);
    if (b.kind === 'paragraph' && LEAD_IN.test(b.text)) leadIn = flags.some((f) => f.reason === 'goal') ? b.text : null;
    return flags;
  });
}
