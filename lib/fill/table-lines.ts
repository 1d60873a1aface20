// A table as lines a form can hold: "Regio Noord: 263 cliënten", one row a line, each value with what its column
// says it is; never cells glued together ("Financieel percentageHerkomst | …").
import { fold } from '../text/normalize';

/** a figure, not a year: "122", "4,6 %", "€ 1.397.721", "2.595" */
export const isValue = (cell: string) =>
  /^[€\s]*[-+]?\d[\d.,]*\s*%?$/.test(cell.trim()) && !/^(?:19|20)\d\d$/.test(cell.trim());
/** a tick in a planning table: the column header is what it says */
export const isMark = (cell: string) => /^(?:[x✓✔•●■v*+]|ja)$/iu.test(cell.trim());
const SHORT_HEADER_WORDS = 4;

export interface SplitTable {
  /** the column headers, when the first row is one */
  header: string[] | null;
  body: string[][];
}

/**
 * The first row is a header when it holds no figures or sentences, has two or more cells and either the rows below
 * hold figures or marks, or it is short words over three or more columns ("Thema | 2022 | 2023 | …").
 */
export function splitTable(rows: string[][]): SplitTable {
  const clean = rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some(Boolean));
  const [first, ...rest] = clean;
  if (!first || rest.length === 0) return { header: null, body: clean };
  const filled = first.filter(Boolean);
  const below = rest.some((r) => r.slice(1).some((c) => isValue(c) || isMark(c)));
  const short = first.length >= 3 && filled.every((c) => c.split(/\s+/).length <= SHORT_HEADER_WORDS);
  // a header names columns; it states nothing ("Wat vraagt het kader?" is a row)
  const naming = filled.length >= 2 && !first.some(isValue) && filled.every((c) => !/[.?!]$/.test(c));
  const header = naming && (below || short);
  return header ? { header: first, body: rest } : { header: null, body: clean };
}

const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** A value with what its column says: "263" under "Aantal cliënten" is "263 cliënten", "1.386" under "Bedrag" "bedrag 1.386". */
function withHeader(value: string, header: string | undefined): string {
  const h = header?.trim() ?? '';
  if (!h) return value;
  if (isMark(value)) return h;
  if (!isValue(value)) return value.split(/\s+/).length <= 3 ? `${lowerFirst(h)} ${value}` : value;
  if (/[%€]/.test(value)) return value;
  const unit = /^(?:totaal\s+)?aantal\s+(.+)$/i.exec(h);
  if (unit) return `${value} ${unit[1]}`;
  if (/%|percentage|procent|aandeel/.test(fold(h))) return `${value}%`;
  return `${lowerFirst(h)} ${value}`;
}

/** "Label: a, b", or "Vraag? antwoord", or "Thema 12: naam – gereed" when the label has a colon of its own. */
function line(label: string, parts: string[]): string {
  if (!parts.length) return label;
  const joined = parts.reduce(
    (out, p) => (out ? `${out}${/[.!?]$/.test(out) || p.startsWith('(') ? ' ' : ', '}${p}` : p),
    '',
  );
  if (/[:?]$/.test(label)) return `${label} ${joined}`;
  return label.includes(':') ? `${label} – ${joined}` : `${label}: ${joined}`;
}

export function tableLines(rows: string[][]): string[] {
  const { header, body } = splitTable(rows);
  return body.map((row) => {
    const at = row.findIndex(Boolean);
    const parts = row.map((cell, c) => (c > at && cell ? withHeader(cell, header?.[c]) : '')).filter(Boolean);
    return line(row[at]!, parts);
  });
}
