// A report's own status table of the quality aspects: rows that carry an aspect (by its KKFZ article number,
// else by its words), columns that are years, cells that hold a status ("Gereed", "In werking", "Niet
// gestart", or free text). Read from any table of that shape, never from one report's layout.
import type { Block } from '../schema';
import { aspects, type Aspect } from '../knowledge/aspects';
import { LABEL, shape } from '../knowledge/shape';
import { readSignals } from '../classify/signals';
import { fold } from '../text/normalize';

export interface StatusRow {
  /** the row's index in the table's rows */
  row: number;
  /** the aspect it is about, or null when the row names none we know */
  aspect: string | null;
  /** how the aspect was found */
  by: 'article' | 'words' | null;
  /** the row's status per year column, as written (whitespace normalised); '' for an empty cell */
  statuses: { year: number; status: string }[];
}

export interface StatusTable {
  /** the block index of the table */
  block: number;
  /** the years of its status columns, in column order */
  years: number[];
  /** the year whose column gives an aspect its status: the report's year if the table has it, else the last */
  year: number;
  rows: StatusRow[];
  /** status cells left empty (rows of a known aspect or with words of their own) */
  emptyCells: { row: number; aspect: string | null; year: number }[];
}

/** A header cell that is a year, alone or after "Status" ("2025", "Status 2024", "Status per 2025"). */
const YEAR_CELL = /^(?:status\s*(?:\p{L}+\s+)?)?(20[1-4]\d)\s*[:.]?$/u;
/** "3.1.1", "3.1.3 b)", "4.1.7c", "3.2.8": the framework's own numbering */
const ARTICLE = /(?<![\d.])([3-7]\.[12]\.\d{1,2})(?![\d])/;
/** a cell that is a figure or a planning entry rather than a status */
const NOT_A_STATUS = new RegExp(`^(?:[\\d.,%€+\\-–\\s]+|${LABEL.theme}\\s*${shape.anyNumber}\\b.*)$`, 'u');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

const STOP = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'op',
  'te',
  'met',
  'voor',
  'aan',
  'bij',
  'om',
  'als',
  'is',
  'zijn',
  'wordt',
  'worden',
  'waar',
  'die',
  'dat',
  'tot',
  'naar',
  'haar',
  'hun',
  'zich',
  'ook',
  'onderdeel',
  'organisatie',
  'professional',
  'professionals',
  'forensische',
  'zorg',
]);
const stem = (w: string) => w.slice(0, 5);
function contentWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !STOP.has(w))
    .map(stem);
}
const titleWords = new Map(aspects.map((a) => [a.id, [...new Set(contentWords(a.title))]]));
const byArticle = new Map(aspects.filter((a) => a.article).map((a) => [a.article!, a]));

/** How well a row's words name an aspect: its terms (readSignals) and its title's words (a paraphrase). */
function aspectScores(text: string): { id: string; score: number }[] {
  const signals = readSignals(text);
  const words = new Set(contentWords(text));
  const out: { id: string; score: number }[] = [];
  for (const a of aspects) {
    const terms = signals.aspects.get(a.id)?.score ?? 0;
    const title = titleWords.get(a.id)!;
    const overlap = title.length ? title.filter((w) => words.has(w)).length / title.length : 0;
    // a term that names it alone (3), or half the title's words in the row
    if (terms >= 3 || overlap >= 0.5 || (terms >= 2 && overlap >= 0.25))
      out.push({ id: a.id, score: Math.min(terms, 6) + 6 * overlap });
  }
  return out.sort((x, y) => y.score - x.score);
}

/** The header rows (leading rows, up to three, the last one carrying a year) and their year columns. */
function yearColumns(rows: string[][]): { header: number; columns: Map<number, number> } | null {
  let header = -1;
  const columns = new Map<number, number>();
  for (let r = 0; r < Math.min(3, rows.length); r++) {
    const found = rows[r]!.map((c, k) => [k, YEAR_CELL.exec(fold(norm(c)))] as const).filter(([, m]) => m);
    if (!found.length) continue;
    header = r;
    for (const [k, m] of found) columns.set(k, Number(m![1]));
  }
  return header < 0 ? null : { header, columns };
}

/** The words of a table's header rows (its year cells left out): tables of one report with the same header are one kind. */
function headerKey(rows: string[][], header: number, columns: Map<number, number>): string {
  return rows
    .slice(0, header + 1)
    .map((r) =>
      r
        .filter((_, k) => !columns.has(k))
        .map((c) => fold(norm(c)))
        .join('|'),
    )
    .join('/');
}

/** Reads one table as a status table, or null when it is not one. `sameAs`: header keys of status tables
 * already found in the report, whose shape makes a table a status table whatever its rows name. */
export function readStatusTable(
  block: Block,
  reportYear: number | null,
  sameAs: ReadonlySet<string> = new Set(),
): (StatusTable & { key: string }) | null {
  const rows = block.rows;
  if (block.kind !== 'table' || !rows || rows.length < 2) return null;
  const head = yearColumns(rows);
  if (!head) return null;
  const cols = [...head.columns.keys()];
  const years = cols.map((c) => head.columns.get(c)!);
  const body = rows.map((cells, r) => ({ cells, r })).filter(({ r }) => r > head.header);
  const values = body.flatMap(({ cells }) => cols.map((c) => norm(cells[c] ?? ''))).filter(Boolean);
  // figures or a planning of themes in the year columns: not a status table
  if (values.filter((v) => NOT_A_STATUS.test(fold(v))).length * 3 > values.length) return null;

  // every aspect once per table: the article first, then the best words, strongest match first
  const taken = new Set<string>();
  const found = new Map<number, { aspect: Aspect; by: 'article' | 'words' }>();
  const candidates: { r: number; id: string; score: number }[] = [];
  for (const { cells, r } of body) {
    const rest = cells.filter((_, k) => !head.columns.has(k)).map(norm);
    const article = rest.map((c) => ARTICLE.exec(c)?.[1]).find((x) => x && byArticle.has(x));
    if (article && !taken.has(article)) {
      found.set(r, { aspect: byArticle.get(article)!, by: 'article' });
      taken.add(article);
      continue;
    }
    for (const s of aspectScores(rest.join(' '))) candidates.push({ r, ...s });
  }
  for (const c of candidates.sort((x, y) => y.score - x.score)) {
    if (found.has(c.r) || taken.has(c.id)) continue;
    found.set(c.r, { aspect: aspects.find((a) => a.id === c.id)!, by: 'words' });
    taken.add(c.id);
  }
  // a table of statuses names an aspect in at least half its rows, and at least two (a planning of the
  // themes over the years names an aspect here and there: no status table)
  const key = headerKey(rows, head.header, head.columns);
  const worded = body.filter(({ cells }) => cells.some((c, k) => !head.columns.has(k) && /\p{L}/u.test(c))).length;
  if ((found.size < Math.min(2, worded) || found.size * 2 < worded) && !sameAs.has(key)) return null;

  const year = reportYear !== null && years.includes(reportYear) ? reportYear : Math.max(...years);
  const out: StatusRow[] = [];
  const emptyCells: StatusTable['emptyCells'] = [];
  for (const { cells, r } of body) {
    const hit = found.get(r);
    const words = cells
      .filter((_, k) => !head.columns.has(k))
      .map(norm)
      .join(' ');
    const statuses = cols.map((c) => ({ year: head.columns.get(c)!, status: norm(cells[c] ?? '') }));
    if (!hit && !/\p{L}/u.test(words)) continue; // an empty or numbering-only row
    out.push({ row: r, aspect: hit?.aspect.id ?? null, by: hit?.by ?? null, statuses });
    for (const s of statuses) if (!s.status) emptyCells.push({ row: r, aspect: hit?.aspect.id ?? null, year: s.year });
  }
  return { block: block.i, years, year, rows: out, emptyCells, key };
}

/** Every status table of a report: the tables that are one by their rows, then those shaped like them. */
export function readStatusTables(blocks: Block[], reportYear: number | null): StatusTable[] {
  const first = blocks.map((b) => readStatusTable(b, reportYear)).filter((t) => t !== null);
  const keys = new Set(first.map((t) => t.key).filter((k) => /\p{L}/u.test(k)));
  const byBlock = new Map(first.map((t) => [t.block, t]));
  return blocks
    .map((b) => byBlock.get(b.i) ?? (keys.size ? readStatusTable(b, reportYear, keys) : null))
    .filter((t) => t !== null)
    .map(({ key: _key, ...t }) => t);
}
