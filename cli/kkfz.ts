// The command-line twin of the extension: `kkfz check <file.docx> [--json] [--year N] [--focus 2,6,9]`.
// Exit codes: 0 every required item present, 1 a required item missing or thin, 2 unreadable input or wrong usage.
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyseDocx } from '../lib/analyse';
import { DEFAULT_LIMITS } from '../lib/docx/inspect';
import { formatReport } from './format';
import { toJson } from './json';

const USAGE = `Gebruik: kkfz check <verslag.docx> [--json] [--year JAAR] [--focus 2,6,9] [--lang nl|en]

  --json        alleen JSON op stdout
  --year JAAR   verslagjaar (anders uit het document gehaald)
  --focus LIJST focusthema's van dit jaar (1-14), verplicht in de checklist
  --lang        taal van de uitvoer: nl (standaard) of en

Exitcode: 0 alles wat verplicht is staat erin, 1 iets verplichts ontbreekt of is dun, 2 onleesbaar bestand of verkeerd gebruik.`;

class UsageError extends Error {}

function parseFocus(value: string | undefined): number[] {
  if (!value) return [];
  const themes = value.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (themes.some((t) => !Number.isInteger(t) || t < 1 || t > 14)) throw new UsageError(`--focus verwacht thema-nummers 1-14, gescheiden door komma's (kreeg "${value}")`);
  return [...new Set(themes)];
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) throw new UsageError(`--year verwacht een jaartal zoals 2025 (kreeg "${value}")`);
  return year;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        year: { type: 'string' },
        focus: { type: 'string' },
        lang: { type: 'string', default: 'nl' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const lang = values.lang === 'en' ? 'en' : 'nl';
  const fail = (nl: string, en: string, code = 'usage') => {
    const text = lang === 'en' ? en : nl;
    if (values.json) process.stdout.write(`${JSON.stringify({ file: positionals[1] ?? null, error: { code, message: text } })}\n`);
    process.stderr.write(`kkfz: ${text}\n`);
    return 2;
  };
  if (positionals[0] !== 'check' || positionals.length !== 2) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let year: number | undefined;
  let focusThemes: number[];
  try {
    year = parseYear(values.year);
    focusThemes = parseFocus(values.focus);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message, e.message);
    throw e;
  }
  const file = positionals[1]!;
  let info;
  try {
    info = await stat(file);
  } catch {
    return fail(`Bestand niet gevonden: ${file}`, `File not found: ${file}`, 'not-found');
  }
  if (!info.isFile()) return fail(`Geen bestand: ${file}`, `Not a file: ${file}`, 'not-found');
  // refuse before reading a huge file into memory
  if (info.size > DEFAULT_LIMITS.maxFileBytes) {
    const mb = Math.round(DEFAULT_LIMITS.maxFileBytes / 1e6);
    return fail(`Het bestand is te groot (meer dan ${mb} MB).`, `The file is too large (over ${mb} MB).`, 'too-large');
  }
  const bytes = new Uint8Array(await readFile(file));
  const result = await analyseDocx(bytes, { year: year ?? null, focusThemes });
  if (!result.ok) return fail(result.error.nl, result.error.en, result.error.code);
  const analysis = result.value;
  process.stdout.write(values.json ? `${JSON.stringify(toJson(file, analysis, lang))}\n` : formatReport(file, analysis, lang));
  return analysis.checklist.some((c) => c.level === 'required' && c.status !== 'present') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // never a stack trace for the user; KKFZ_DEBUG=1 shows it for us
    process.stderr.write(`kkfz: onverwachte fout: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.KKFZ_DEBUG) console.error(e);
    process.exitCode = 2;
  },
);
