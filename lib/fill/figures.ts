// Figures the report states for a number field: forensic clients as a count and as a share of all clients, the
// financial share and amount. Found in tables (a row named for forensic care, its columns saying what each value
// is) and in sentences ("…212 cliënten, van wie 64 met een forensische titel (30%)"), each with where it stands.
// A figure of an earlier year ("(2024: 33%)") is left out; parts of forensic care in a table without a total row
// are added up.
import { findTableOfContents } from '../classify/toc';
import { aspectKnowledge } from '../knowledge/aspects';
import type { Block } from '../schema';
import { fold } from '../text/normalize';
import { sentenceRanges } from '../text/sentences';
import type { Measure } from './field-kind';
import { splitTable, tableLines } from './table-lines';

export type Topic = 'clients' | 'money';

export interface Figure {
  measure: Measure;
  topic: Topic;
  /** about forensic care: a row "Forensische zorg", a clause "met een forensische titel" */
  forensic: boolean;
  /** a total: "Totaal forensische zorg", "Totaal 1351 cliënten" */
  total: boolean;
  value: number;
  /** decimals as the report writes them */
  decimals: number;
  /** where it stands, readable: the table row as a line, or the sentence */
  source: string;
  block: number;
  /** from a table, whose rows and columns say what it is, rather than running text */
  table: boolean;
}

const FORENSIC =
  /forensisch|(?<![\p{L}])fz(?![\p{L}])|justiti|strafrechtelijk|(?<![\p{L}])tbs|(?<![\p{L}])dji(?![\p{L}])/u;
const MONEY = /omzet|opbrengst|financ|bedrag|€|euro|zorggeld|inkomst|budget|herkomst|(?<![\p{L}])kosten/u;
const CLIENT_WORD = `(?:${aspectKnowledge.clientWords.map((w) => fold(w)).join('|')})\\p{L}*`;
const CLIENT = new RegExp(`(?<![\\p{L}])${CLIENT_WORD}`, 'u');
/** what follows a number of clients: "212 cliënten", "64 forensische cliënten", "64 met een forensische titel" */
const OF_CLIENTS = new RegExp(
  `^\\s*(?:\\p{L}+\\s+){0,2}?${CLIENT_WORD}|^\\s*met een (?:forensische|justitiele|strafrechtelijke) titel`,
  'u',
);
const SHARE = /%|percentage|procent|aandeel/;
const COUNT = /aantal|(?<![\p{L}])n(?![\p{L}])/u;
const TOTAL = /(?<![\p{L}])tota(?:al|l)(?![\p{L}])/u;
const THOUSANDS = /x\s*(?:€\s*)?1\.000(?![\d.])|in duizenden|x\s*1000(?!\d)/;
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;
/** a number of clients that came or went, not how many there are */
const FLOW = /instroom|uitstroom|stroomden|ingestroomd|uitgestroomd|aangemeld|afliep|afgesloten|nieuwe/;
const MONTHS = /^\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)/;
const NUMBER = /(€\s*)?(\d[\d.,]*\d|\d)(\s*%)?/g;

/** "1.386" → 1386, "4,6" → 4.6, "1.397.721" → 1397721, "4.6" → 4.6 */
export function parseNumber(s: string): { value: number; decimals: number } | null {
  const t = s.replace(/\s/g, '');
  if (!/^\d[\d.,]*$/.test(t)) return null;
  const comma = t.lastIndexOf(',');
  const thousands = comma < 0 && /^\d{1,3}(?:\.\d{3})+$/.test(t);
  const point = comma >= 0 ? comma : thousands ? -1 : t.lastIndexOf('.');
  const int = (point >= 0 ? t.slice(0, point) : t).replace(/[.,]/g, '');
  const dec = point >= 0 ? t.slice(point + 1).replace(/[.,]/g, '') : '';
  const value = Number(`${int}.${dec || 0}`);
  return Number.isFinite(value) ? { value, decimals: dec.length } : null;
}

const years = (text: string) => [...text.matchAll(YEAR)].map((m) => Number(m[1]));
/** about an earlier year than the report's: it names one, and not the report's own */
const earlier = (text: string, year: number | null) =>
  year !== null && years(text).some((y) => y < year) && !years(text).includes(year);

/** The report's year when it is not known: the year it names most often. */
export function likelyYear(blocks: Block[]): number | null {
  const counts = new Map<number, number>();
  for (const b of blocks) for (const y of years(b.text)) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function tableFigures(b: Block, year: number | null): Figure[] {
  const { header, body } = splitTable(b.rows ?? []);
  const context = fold([b.headingPath.at(-1) ?? '', ...(header ?? [])].join(' '));
  const whole = fold(b.rows!.flat().join(' '));
  const factor = THOUSANDS.test(whole) || THOUSANDS.test(context) ? 1000 : 1;
  const topic: Topic | null =
    MONEY.test(context) || whole.includes('€')
      ? 'money'
      : CLIENT.test(context) || CLIENT.test(whole)
        ? 'clients'
        : null;
  const lines = tableLines(b.rows ?? []);
  const out: Figure[] = [];
  body.forEach((row, r) => {
    const at = row.findIndex(Boolean);
    const label = fold(row[at] ?? '');
    if (!topic || earlier(label, year)) return;
    const base = {
      forensic: FORENSIC.test(label),
      total: TOTAL.test(label),
      source: lines[r] ?? '',
      block: b.i,
      table: true,
    };
    // "17 cliënten Forensische Zorg ambulant": the count leads the row's label
    const lead = /^\d[\d.]*/.exec(label);
    if (lead && OF_CLIENTS.test(label.slice(lead[0].length)))
      out.push({ ...base, measure: 'count', topic: 'clients', ...parseNumber(lead[0])! });
    row.forEach((cell, c) => {
      const m = /^(€\s*)?([-+]?\d[\d.,]*)\s*(%)?$/.exec(cell.trim());
      const head = fold(header?.[c] ?? '');
      // a cell in brackets or of an earlier year is a comparison: "(83,5 % in 2024)"
      if (c <= at || !m || earlier(head, year)) return;
      const n = parseNumber(m[2]!);
      if (!n) return;
      const measure: Measure =
        m[3] || SHARE.test(head)
          ? 'share'
          : m[1] || (topic === 'money' && !COUNT.test(head) && !CLIENT.test(head))
            ? 'amount'
            : 'count';
      const value = measure === 'amount' ? n.value * factor : n.value;
      out.push({
        ...base,
        measure,
        topic: m[1] ? 'money' : topic,
        value,
        decimals: measure === 'amount' && factor > 1 ? 0 : n.decimals,
      });
    });
  });
  return out;
}

/** A number in a sentence, with what the words around it say it is. */
function sentenceFigures(b: Block, sentence: string, year: number | null): Figure[] {
  const folded = fold(sentence);
  const heading = fold(b.headingPath.slice(-2).join(' '));
  const sentenceForensic = FORENSIC.test(folded);
  const out: Figure[] = [];
  for (const m of folded.matchAll(NUMBER)) {
    const [all, euro, digits, percent] = m;
    const start = m.index;
    const end = start + all.length;
    const after = folded.slice(end, end + 40);
    const before = folded.slice(Math.max(0, start - 50), start);
    // a year, a date ("31 december", "31-12-2025"), a part of a code
    if (!percent && !euro && /^(?:19|20)\d\d$/.test(digits!)) continue;
    if (MONTHS.test(after) || /[\d\p{L}][-/]?$/u.test(folded.slice(0, start)) || /^[-/]\d/.test(after)) continue;
    // "steeg van 52 naar 64": the first is what it was
    if (/^\s*naar\s+\d/.test(after)) continue;
    // the clause: between commas and semicolons; a number in brackets belongs to the clause before them
    const from = Math.max(folded.lastIndexOf(',', start), folded.lastIndexOf(';', start)) + 1;
    const to = [folded.indexOf(',', end), folded.indexOf(';', end), folded.length]
      .filter((x) => x >= 0)
      .sort((a, z) => a - z)[0]!;
    const clause = folded.slice(from, to);
    const bracket = /\(([^()]*)$/.exec(folded.slice(0, start));
    const aside = bracket
      ? folded.slice(start - bracket[1]!.length, folded.indexOf(')', end) < 0 ? to : folded.indexOf(')', end))
      : '';
    // "37% (2024: 33%)": the year in brackets is the comparison's, not the clause's
    if (earlier(aside, year) || earlier(clause.replace(/\([^()]*\)/g, ' '), year)) continue;
    const money = MONEY.test(clause) || MONEY.test(folded) || MONEY.test(heading);
    const clientAfter = OF_CLIENTS.test(after);
    const countBefore = /(?:aantal|totaal)[^.;:]{0,40}$/.test(before) && CLIENT.test(before);
    const measure: Measure | null = percent
      ? 'share'
      : euro || (money && !clientAfter)
        ? 'amount'
        : clientAfter || countBefore || /totaal:?\s*$/.test(before)
          ? 'count'
          : null;
    if (!measure || (measure === 'count' && FLOW.test(clause))) continue;
    const topic: Topic | null =
      measure === 'amount' || (measure === 'share' && money)
        ? 'money'
        : CLIENT.test(clause) || CLIENT.test(folded) || CLIENT.test(heading) || measure === 'count'
          ? 'clients'
          : null;
    if (!topic) continue;
    const n = parseNumber(digits!);
    if (!n) continue;
    const forensic =
      FORENSIC.test(clause) ||
      (!sentenceForensic && FORENSIC.test(heading) && !/(?<![\p{L}])(?:alle|totale)(?![\p{L}])/u.test(clause));
    out.push({
      measure,
      topic,
      forensic,
      total: TOTAL.test(before.slice(-20)) || TOTAL.test(clause.slice(0, 12)),
      ...n,
      source: sentence,
      block: b.i,
      table: false,
    });
  }
  return out;
}

/** Every figure the report states, in document order. */
export function findFigures(blocks: Block[], year: number | null): Figure[] {
  const toc = findTableOfContents(blocks);
  return blocks.flatMap((b) => {
    if (b.kind === 'heading' || toc.has(b.i)) return [];
    if (b.kind === 'table') return tableFigures(b, year);
    return sentenceRanges(b.text).flatMap((r) => sentenceFigures(b, b.text.slice(r.start, r.end), year));
  });
}

/** The figure a field asks for, summed over the rows of forensic care when a table gives no total. */
export interface Found {
  value: number;
  decimals: number;
  source: string;
  block: number;
}

/**
 * The forensic figure of this measure and topic the report states most plainly: in the item's evidence, in a table,
 * a total; in document order on a tie.
 */
export function pickFigure(
  figures: Figure[],
  measure: Measure,
  topic: Topic,
  evidence: ReadonlySet<number>,
): Found | null {
  const fit = figures.filter((f) => f.measure === measure && f.topic === topic && f.forensic);
  const score = (f: Figure) => (evidence.has(f.block) ? 2 : 0) + (f.table ? 1 : 0) + (f.total ? 1 : 0);
  const best = fit.reduce<Figure | null>((a, f) => (!a || score(f) > score(a) ? f : a), null);
  if (!best) return null;
  const parts = best.table && !best.total ? fit.filter((f) => f.block === best.block && !f.total) : [best];
  if (parts.length > 1 && !fit.some((f) => f.block === best.block && f.total)) {
    const value = parts.reduce((s, f) => s + f.value, 0);
    return {
      value,
      decimals: Math.max(...parts.map((f) => f.decimals)),
      source: parts.map((f) => f.source).join('; '),
      block: best.block,
    };
  }
  return { value: best.value, decimals: best.decimals, source: best.source, block: best.block };
}
