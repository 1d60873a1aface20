// What every kkfz command shares: the options, their checks, the one-line errors (also as JSON with --json)
// and reading a .docx into an analysis with the same refusals for unreadable input. Light on purpose: the
// pipeline loads only once a file has passed the checks that need no parsing (cli/run.ts loads the commands).
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { AnalyseOptions } from '../lib/analyse';
import { checkFileSize } from '../lib/docx/inspect';
import type { Analysis } from '../lib/schema';
import type { FrameworkShape } from '../lib/knowledge/shape';
import { fail as refused, ok, type Result } from '../lib/result';
import type { Lang, Localised } from '../lib/text/localised';

export type { Lang };

/** Where a command writes: the process's streams, or a test's buffers (cli/run.ts). */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal: a long batch shows its progress there */
  tty?: boolean;
  /** the script a batch's worker threads run (the bundle itself); without it a batch checks in this thread */
  workerUrl?: URL;
}

export const USAGE = `Gebruik:
  kkfz check <verslag.docx> [--json] [--year JAAR] [--focus 2,6,9|none] [--lang nl|en]
  kkfz check <bestanden en/of mappen…> [--json|--csv] [--jobs N] [--year JAAR] [--focus 2,6,9|none] [--lang nl|en]
  kkfz carry <verslag.docx> [--year JAAR] [--out concept.docx] [--json] [--lang nl|en]
  kkfz compare <vorig-jaar.docx> <dit-jaar.docx> [--json] [--lang nl|en]
  kkfz overview <verslag.docx> --out overzicht.html|overzicht.docx [--year JAAR] [--focus 2,6,9|none] [--lang nl|en]
  kkfz template <sjabloon.docx> --from <verslag.docx> [--out ingevuld.docx] [--year JAAR] [--json] [--lang nl|en]
  kkfz --version | --help [--lang en]

  check         indeling per pijler en thema, en de checklist; met meer bestanden of een map: elke .docx erin
                (ook in submappen) tegelijk, in een tabel met per verslag het jaar, wat verplicht ontbreekt of dun is,
                de woorden per pijler en de waarschuwingen
  carry         het verslag over JAAR als concept voor JAAR+1: per pijler en thema wat bijgewerkt moet worden, en waarom
  compare       dit jaar naast vorig jaar: ongewijzigd (en mogelijk verouderd), gewijzigd, nieuw, weggelaten
  overview      het overzicht voor DJI: per thema in KKFZ-volgorde, focusthema's eerst; printbare HTML of Word
  template      het eigen Word-sjabloon gevuld uit het verslag: per plek (kop, tabelcel, invulveld) het onderdeel,
                de score en of er tekst in kwam; opmaak, kop- en voetteksten en logo blijven van het sjabloon

  --json          alleen JSON op stdout (meer bestanden: een lijst met per verslag het object van één bestand)
  --csv           meer bestanden: de tabel als CSV, voor een spreadsheet
  --jobs N        meer bestanden: zoveel tegelijk (standaard het aantal processorkernen)
  --year JAAR     verslagjaar (anders uit het document gehaald)
  --focus LIJST   focusthema's (hun nummers, of none), verplicht in de checklist (check, overview); standaard die van het verslagjaar
  --out BESTAND   schrijf het concept als Word-bestand (carry); het overzicht als .html of .docx (overview); het ingevulde sjabloon (template)
  --from BESTAND  het verslag (of concept) waaruit het sjabloon gevuld wordt (template)
  --lang          taal van de uitvoer: nl (standaard) of en

Exitcode: check 0 alles wat verplicht is staat erin, 1 iets verplichts ontbreekt of is dun; carry, compare en overview 0 gelukt;
template 0 elke plek ingevuld, 1 een plek bleef open;
altijd 2 bij een onleesbaar bestand of verkeerd gebruik. Meer bestanden: de hoogste van alle.`;

export const USAGE_EN = `Usage:
  kkfz check <report.docx> [--json] [--year YEAR] [--focus 2,6,9|none] [--lang nl|en]
  kkfz check <files and/or folders…> [--json|--csv] [--jobs N] [--year YEAR] [--focus 2,6,9|none] [--lang nl|en]
  kkfz carry <report.docx> [--year YEAR] [--out draft.docx] [--json] [--lang nl|en]
  kkfz compare <last-year.docx> <this-year.docx> [--json] [--lang nl|en]
  kkfz overview <report.docx> --out overview.html|overview.docx [--year YEAR] [--focus 2,6,9|none] [--lang nl|en]
  kkfz template <template.docx> --from <report.docx> [--out filled.docx] [--year YEAR] [--json] [--lang nl|en]
  kkfz --version | --help [--lang en]

  check         the map per pillar and theme, and the checklist; with several files or a folder: every .docx in it
                (subfolders too) in parallel, in a table with per report the year, the required items missing or thin,
                the words per pillar and the warnings
  carry         the report over YEAR as the draft for YEAR+1: per pillar and theme what needs updating, and why
  compare       this year next to last year: unchanged (and possibly stale), changed, new, left out
  overview      the overview for DJI: theme by theme in KKFZ order, focus themes first; printable HTML or Word
  template      your own Word template filled from the report: per place (heading, table cell, content control) the
                item, the score and whether text went in; styles, headers, footers and logo stay the template's

  --json          JSON only on stdout (several files: an array with per report the object of a single file)
  --csv           several files: the table as CSV, for a spreadsheet
  --jobs N        several files: this many at once (default: the number of processor cores)
  --year YEAR     reporting year (otherwise taken from the document)
  --focus LIST    focus themes (their numbers, or none), required in the checklist (check, overview); default the reporting year's
  --out FILE      write the draft as a Word file (carry); the overview as .html or .docx (overview); the filled template (template)
  --from FILE     the report (or draft) the template is filled from (template)
  --lang          language of the output: nl (default) or en

Exit code: check 0 every required item is present, 1 a required item is missing or thin; carry, compare and overview 0 done;
template 0 every place filled, 1 a place was left open;
always 2 for an unreadable file or wrong usage. Several files: the highest of all.`;

export const usage = (lang: Lang) => (lang === 'en' ? USAGE_EN : USAGE);

const OPTIONS = {
  json: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
  jobs: { type: 'string' },
  year: { type: 'string' },
  focus: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  lang: { type: 'string', default: 'nl' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

export type Option = Exclude<keyof typeof OPTIONS, 'help' | 'version'>;

export interface Invocation {
  /** the positionals after the command's name */
  args: string[];
  json: boolean;
  csv: boolean;
  lang: Lang;
  year?: string;
  focus?: string;
  out?: string;
  from?: string;
  jobs?: string;
  io: Io;
}

export class UsageError extends Error {}

/** A one-line error on stderr (and, with --json, as JSON on stdout); exit code 2. */
export function fail(
  inv: Pick<Invocation, 'json' | 'lang' | 'args' | 'io'>,
  nl: string,
  en: string,
  code = 'usage',
  file: string | null = inv.args[0] ?? null,
): number {
  const text = inv.lang === 'en' ? en : nl;
  if (inv.json) inv.io.stdout(`${JSON.stringify({ file, error: { code, message: text } })}\n`);
  inv.io.stderr(`kkfz: ${text}\n`);
  return 2;
}

export type Parsed =
  | { kind: 'help' | 'version'; lang: Lang }
  | { kind: 'usage'; lang: Lang; message?: string }
  | { kind: 'run'; command: string; inv: Invocation; given: Option[] };

/** `--lang` read by hand, for the help and a usage error, where the options may not parse. */
function langOf(argv: string[]): Lang {
  const k = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  return (k < 0 ? null : argv[k] === '--lang' ? argv[k + 1] : argv[k]!.slice('--lang='.length)) === 'en' ? 'en' : 'nl';
}

export function parseCommandLine(argv: string[], io: Io): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    return { kind: 'usage', lang: langOf(argv), message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  const lang = values.lang === 'en' ? 'en' : 'nl';
  if (values.help) return { kind: 'help', lang };
  if (values.version) return { kind: 'version', lang };
  const [command, ...args] = positionals;
  if (!command) return { kind: 'usage', lang };
  const given = (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).filter(
    (k): k is Option => k !== 'help' && k !== 'version' && argv.some((a) => a === `--${k}` || a.startsWith(`--${k}=`)),
  );
  const inv: Invocation = { args, json: values.json, csv: values.csv, lang, io };
  if (values.year !== undefined) inv.year = values.year;
  if (values.focus !== undefined) inv.focus = values.focus;
  if (values.out !== undefined) inv.out = values.out;
  if (values.from !== undefined) inv.from = values.from;
  if (values.jobs !== undefined) inv.jobs = values.jobs;
  return { kind: 'run', command, inv, given };
}

/** `--focus`: absent = null (the reporting year's, from the schedule), `none` = [], else the themes, each one the
 * framework has. The framework comes in as an argument: --help and usage errors answer without loading it. */
export function parseFocus(
  value: string | undefined,
  known: Pick<FrameworkShape, 'isTheme' | 'themeRange'>,
): number[] | null {
  if (value === undefined) return null;
  if (/^\s*(none|geen)\s*$/i.test(value)) return [];
  const themes = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  if (!themes.length || themes.some((t) => !known.isTheme(t)))
    throw new UsageError(
      `--focus verwacht thema-nummers ${known.themeRange}, gescheiden door komma's, of none (kreeg "${value}")`,
    );
  return [...new Set(themes)];
}

export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100)
    throw new UsageError(`--year verwacht een jaartal zoals 2025 (kreeg "${value}")`);
  return year;
}

/** `--jobs`: how many files a batch checks at once; absent: one per processor core (the caller's default). */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--jobs verwacht een aantal van 1 of meer (kreeg "${value}")`);
  return Number(value);
}

/** The report named first on the command line, analysed with the invocation's --year and --focus; a wrong option
 * or unreadable input prints its one-line error, and the error is the exit code. */
export async function analyseInvocation(
  inv: Invocation,
): Promise<Result<{ file: string; analysis: Analysis }, number>> {
  let year: number | undefined;
  let focusThemes: number[] | null;
  try {
    year = parseYear(inv.year);
    focusThemes = parseFocus(inv.focus, (await import('../lib/knowledge/shape')).shape);
  } catch (e) {
    if (e instanceof UsageError) return refused(fail(inv, e.message, e.message));
    throw e;
  }
  const file = inv.args[0]!;
  const read = await analyseFile(inv, file, { year: year ?? null, focusThemes });
  return read.ok ? ok({ file, analysis: read.value }, read.messages) : read;
}

/** Why a file cannot be checked, with a stable `code` (an InspectErrorCode, `not-found`, `unreadable`). */
export type Refusal = Localised & { code: string };
export type ReadResult = Result<Analysis, Refusal>;

/** The bytes of one file, refused as a report is (missing, empty, too large, unreadable) before it is read whole. */
export async function readFileBytes(file: string): Promise<Result<Uint8Array, Refusal>> {
  const refuse = (code: string, nl: string, en: string) => refused({ code, nl, en });
  let info;
  try {
    info = await stat(file);
  } catch {
    return refuse('not-found', `Bestand niet gevonden: ${file}`, `File not found: ${file}`);
  }
  if (!info.isFile()) return refuse('not-found', `Geen bestand: ${file}`, `Not a file: ${file}`);
  // an empty or huge file is refused before it is read into memory, and before the pipeline's modules load
  const sizeError = checkFileSize(info.size);
  if (sizeError) return refused(sizeError);
  let bytes;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    return refuse('unreadable', `Kan ${file} niet lezen (${why})`, `Cannot read ${file} (${why})`);
  }
  return ok(bytes);
}

/** Reads and analyses one .docx; unreadable input is a result with its one-line Dutch and English text. */
export async function readReport(file: string, options: Omit<AnalyseOptions, 'onStage'> = {}): Promise<ReadResult> {
  const read = await readFileBytes(file);
  if (!read.ok) return read;
  const { analyseDocx } = await import('../lib/analyse');
  return analyseDocx(read.value, options);
}

/** `readReport`, with unreadable input said on stderr (and as JSON with --json): the error is exit code 2. */
export async function analyseFile(
  inv: Invocation,
  file: string,
  options: Omit<AnalyseOptions, 'onStage'> = {},
): Promise<Result<Analysis, number>> {
  const read = await readReport(file, options);
  return read.ok ? read : refused(fail(inv, read.error.nl, read.error.en, read.error.code, file), read.messages);
}

/** An error nobody foresaw, said as every refusal is: one line (a parser's message may span several), both languages. */
export function unexpectedError(e: unknown): Localised {
  const why = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  return { nl: `onverwachte fout: ${why}`, en: `unexpected error: ${why}` };
}

/** "Het eerste stuk…": one line of at most `n` characters. */
export const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);
