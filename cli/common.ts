// What every kkfz command shares: the options, their checks, the one-line errors (also as JSON with --json)
// and reading a .docx into an analysis with the same refusals for unreadable input.
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyseDocx, type AnalyseOptions } from '../lib/analyse';
import { DEFAULT_LIMITS } from '../lib/docx/inspect';
import type { Analysis } from '../lib/schema';

export type Lang = 'nl' | 'en';

export const USAGE = `Gebruik:
  kkfz check <verslag.docx> [--json] [--year JAAR] [--focus 2,6,9|none] [--lang nl|en]
  kkfz carry <verslag.docx> [--year JAAR] [--out concept.docx] [--json] [--lang nl|en]
  kkfz compare <vorig-jaar.docx> <dit-jaar.docx> [--json] [--lang nl|en]
  kkfz overview <verslag.docx> --out overzicht.html|overzicht.docx [--year JAAR] [--focus 2,6,9|none] [--lang nl|en]

  check         indeling per pijler en thema, en de checklist
  carry         het verslag over JAAR als concept voor JAAR+1: per pijler en thema wat bijgewerkt moet worden, en waarom
  compare       dit jaar naast vorig jaar: ongewijzigd (en mogelijk verouderd), gewijzigd, nieuw, weggelaten
  overview      het overzicht voor DJI: per thema in KKFZ-volgorde, focusthema's eerst; printbare HTML of Word

  --json          alleen JSON op stdout
  --year JAAR     verslagjaar (anders uit het document gehaald)
  --focus LIJST   focusthema's (1-14, of none), verplicht in de checklist (check, overview); standaard die van het verslagjaar
  --out BESTAND   schrijf het concept als Word-bestand (carry); het overzicht als .html of .docx (overview)
  --lang          taal van de uitvoer: nl (standaard) of en

Exitcode: check 0 alles wat verplicht is staat erin, 1 iets verplichts ontbreekt of is dun; carry, compare en overview 0 gelukt;
altijd 2 bij een onleesbaar bestand of verkeerd gebruik.`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  year: { type: 'string' },
  focus: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string', default: 'nl' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export type Option = Exclude<keyof typeof OPTIONS, 'help'>;

export interface Invocation {
  /** the positionals after the command's name */
  args: string[];
  json: boolean;
  lang: Lang;
  year?: string;
  focus?: string;
  out?: string;
}

export class UsageError extends Error {}

/** A one-line error on stderr (and, with --json, as JSON on stdout); exit code 2. */
export function fail(inv: Pick<Invocation, 'json' | 'lang' | 'args'>, nl: string, en: string, code = 'usage', file: string | null = inv.args[0] ?? null): number {
  const text = inv.lang === 'en' ? en : nl;
  if (inv.json) process.stdout.write(`${JSON.stringify({ file, error: { code, message: text } })}\n`);
  process.stderr.write(`kkfz: ${text}\n`);
  return 2;
}

export type Parsed = { kind: 'help' } | { kind: 'usage'; message?: string } | { kind: 'run'; command: string; inv: Invocation; given: Option[] };

export function parseCommandLine(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    return { kind: 'usage', message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...args] = positionals;
  if (!command) return { kind: 'usage' };
  const given = (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).filter((k): k is Option => k !== 'help' && argv.some((a) => a === `--${k}` || a.startsWith(`--${k}=`)));
  const inv: Invocation = { args, json: values.json, lang: values.lang === 'en' ? 'en' : 'nl' };
  if (values.year !== undefined) inv.year = values.year;
  if (values.focus !== undefined) inv.focus = values.focus;
  if (values.out !== undefined) inv.out = values.out;
  return { kind: 'run', command, inv, given };
}

/** `--focus`: absent = null (the reporting year's, from the schedule), `none` = [], else the themes. */
export function parseFocus(value: string | undefined): number[] | null {
  if (value === undefined) return null;
  if (/^\s*(none|geen)\s*$/i.test(value)) return [];
  const themes = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  if (!themes.length || themes.some((t) => !Number.isInteger(t) || t < 1 || t > 14))
    throw new UsageError(`--focus verwacht thema-nummers 1-14, gescheiden door komma's, of none (kreeg "${value}")`);
  return [...new Set(themes)];
}

export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) throw new UsageError(`--year verwacht een jaartal zoals 2025 (kreeg "${value}")`);
  return year;
}

/** The report named first on the command line, analysed with the invocation's --year and --focus; a wrong option
 * or unreadable input prints its one-line error and gives the exit code. */
export async function analyseInvocation(inv: Invocation): Promise<{ ok: true; file: string; analysis: Analysis } | { ok: false; exit: number }> {
  let year: number | undefined;
  let focusThemes: number[] | null;
  try {
    year = parseYear(inv.year);
    focusThemes = parseFocus(inv.focus);
  } catch (e) {
    if (e instanceof UsageError) return { ok: false, exit: fail(inv, e.message, e.message) };
    throw e;
  }
  const file = inv.args[0]!;
  const read = await analyseFile(inv, file, { year: year ?? null, focusThemes });
  return read.ok ? { ...read, file } : read;
}

/** Reads and analyses one .docx; on unreadable input prints the one-line error and gives exit code 2. */
export async function analyseFile(inv: Invocation, file: string, options: Omit<AnalyseOptions, 'onStage'> = {}): Promise<{ ok: true; analysis: Analysis } | { ok: false; exit: number }> {
  const refuse = (nl: string, en: string, code: string) => ({ ok: false as const, exit: fail(inv, nl, en, code, file) });
  let info;
  try {
    info = await stat(file);
  } catch {
    return refuse(`Bestand niet gevonden: ${file}`, `File not found: ${file}`, 'not-found');
  }
  if (!info.isFile()) return refuse(`Geen bestand: ${file}`, `Not a file: ${file}`, 'not-found');
  // refuse before reading a huge file into memory
  if (info.size > DEFAULT_LIMITS.maxFileBytes) {
    const mb = Math.round(DEFAULT_LIMITS.maxFileBytes / 1e6);
    return refuse(`Het bestand is te groot (meer dan ${mb} MB).`, `The file is too large (over ${mb} MB).`, 'too-large');
  }
  const result = await analyseDocx(new Uint8Array(await readFile(file)), options);
  if (!result.ok) return refuse(result.error.nl, result.error.en, result.error.code);
  return { ok: true, analysis: result.value };
}

/** "Het eerste stuk…": one line of at most `n` characters. */
export const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);
