// What a batch prints, piece by piece so it can stream in input order: a head, one piece per file, a tail.
// table: per report the year, required items missing and thin, words per pillar and warnings, then the open items
// per report and the totals; json: an array of the single-file objects, `{"file", "error"}` for an unreadable one;
// csv: one row per report, for a spreadsheet. The notes about skipped files go to stderr.
import type { Outcome, Row } from './check-file';
import type { Lang } from './common';
import type { SkipReason } from './collect-files';
import { num } from './columns';
import { csvLine } from './csv';
import { plural } from '../lib/text/plural';
import { STATUS_WORDS } from '../lib/checklist/status-words';
import { blockPillars as PILLARS } from '../lib/knowledge/shape';

export type BatchFormat = 'table' | 'json' | 'csv';

const T = {
  nl: {
    title: (n: number) => `KKFZ-controle: ${plural('nl', n, { one: 'verslag', other: 'verslagen' })}`,
    file: 'Bestand',
    year: 'Jaar',
    missing: 'Ontbr.',
    thin: 'Dun',
    warnings: 'Waarsch.',
    unreadable: 'ONLEESBAAR',
    legend:
      'Ontbr. en Dun: verplichte onderdelen die ontbreken of dun zijn; P0-P5: woorden per pijler (P0 algemeen); Waarsch.: waarschuwingen bij het inlezen (--json geeft ze).',
    open: 'Verplicht, ontbreekt of is dun',
    isMissing: STATUS_WORDS.nl.missing,
    isThin: STATUS_WORDS.nl.thin,
    totals: (n: number, ok: number, open: number, bad: number) =>
      `${plural('nl', n, { one: 'verslag', other: 'verslagen' })}: ${ok} compleet, ${open} met iets verplichts dat ontbreekt of dun is, ${bad} onleesbaar.`,
    csv: [
      'bestand',
      'jaar',
      'exitcode',
      'ontbreekt',
      'dun',
      'ontbrekende onderdelen',
      'dunne onderdelen',
      ...PILLARS.map((p) => `woorden pijler ${p}`),
      'waarschuwingen',
      'fout',
    ],
    skipped: {
      'lock-file': 'vergrendelbestand van Word (~$)',
      'not-docx': 'geen .docx',
      'unreadable-folder': 'map niet te lezen',
    },
    skippedLine: (why: string, names: string) => `kkfz: overgeslagen, ${why}: ${names}`,
    more: (n: number) => ` en ${n} andere`,
    none: (paths: string) => `kkfz: geen .docx gevonden in ${paths}`,
  },
  en: {
    title: (n: number) => `KKFZ check: ${plural('en', n, { one: 'report', other: 'reports' })}`,
    file: 'File',
    year: 'Year',
    missing: 'Missing',
    thin: 'Thin',
    warnings: 'Warnings',
    unreadable: 'UNREADABLE',
    legend:
      'Missing and Thin: required items that are missing or thin; P0-P5: words per pillar (P0 general); Warnings: warnings from reading the file (--json gives them).',
    open: 'Required, missing or thin',
    isMissing: STATUS_WORDS.en.missing,
    isThin: STATUS_WORDS.en.thin,
    totals: (n: number, ok: number, open: number, bad: number) =>
      `${plural('en', n, { one: 'report', other: 'reports' })}: ${ok} complete, ${open} with a required item missing or thin, ${bad} unreadable.`,
    csv: [
      'file',
      'year',
      'exit code',
      'missing',
      'thin',
      'missing items',
      'thin items',
      ...PILLARS.map((p) => `words pillar ${p}`),
      'warnings',
      'error',
    ],
    skipped: {
      'lock-file': 'Word lock file (~$)',
      'not-docx': 'not .docx',
      'unreadable-folder': 'folder cannot be read',
    },
    skippedLine: (why: string, names: string) => `kkfz: skipped, ${why}: ${names}`,
    more: (n: number) => `, and ${n} more`,
    none: (paths: string) => `kkfz: no .docx found in ${paths}`,
  },
} as const;

/** One stderr line per reason a file was skipped, naming the first few. */
export function skippedNotes(skipped: readonly { file: string; reason: SkipReason }[], lang: Lang): string[] {
  const t = T[lang];
  return (Object.keys(t.skipped) as SkipReason[]).flatMap((reason) => {
    const files = skipped.filter((s) => s.reason === reason).map((s) => s.file);
    if (!files.length) return [];
    return [
      `${t.skippedLine(t.skipped[reason], files.slice(0, 5).join(', '))}${files.length > 5 ? t.more(files.length - 5) : ''}\n`,
    ];
  });
}

export const noFilesNote = (paths: readonly string[], lang: Lang) => `${T[lang].none(paths.join(', '))}\n`;

/** A path in a column of `width`: a long one loses its start, so the file's own name stays. */
const fileCell = (file: string, width: number) =>
  file.length > width ? `…${file.slice(file.length - width + 1)}` : file.padEnd(width);

export interface BatchOutput {
  head(): string;
  /** a file's piece; called in input order */
  item(outcome: Outcome): string;
  tail(): string;
}

export function batchOutput(format: BatchFormat, lang: Lang, files: readonly string[]): BatchOutput {
  const t = T[lang];
  if (format === 'json') {
    let first = true;
    return {
      head: () => '[',
      item(o) {
        const piece = `${first ? '' : ','}\n${o.exit === 2 ? JSON.stringify({ file: o.file, error: o.error }) : o.json}`;
        first = false;
        return piece;
      },
      tail: () => '\n]\n',
    };
  }
  if (format === 'csv') {
    return {
      head: () => csvLine(t.csv),
      item(o) {
        if (o.exit === 2)
          return csvLine([o.file, null, 2, null, null, null, null, ...PILLARS.map(() => null), null, o.error]);
        const r = o.row!;
        return csvLine([
          o.file,
          r.year,
          o.exit,
          r.missing.length,
          r.thin.length,
          r.missing.join(', '),
          r.thin.join(', '),
          ...r.words,
          r.warnings.join(' | '),
          null,
        ]);
      },
      tail: () => '',
    };
  }
  const width = Math.min(60, Math.max(t.file.length, ...files.map((f) => f.length)));
  const open: { file: string; row: Row }[] = [];
  const counts = { ok: 0, open: 0, bad: 0 };
  return {
    head: () =>
      `${t.title(files.length)}\n\n${t.file.padEnd(width)}${t.year.padStart(6)}${t.missing.padStart(9)}${t.thin.padStart(6)}${PILLARS.map((p) => `P${p}`.padStart(7)).join('')}${t.warnings.padStart(10)}\n`,
    item(o) {
      if (o.exit === 2) {
        counts.bad++;
        return `${fileCell(o.file, width)}  ${t.unreadable}: ${o.error}\n`;
      }
      const r = o.row!;
      if (o.exit === 1) open.push({ file: o.file, row: r });
      counts[o.exit === 1 ? 'open' : 'ok']++;
      return `${fileCell(o.file, width)}${String(r.year ?? '–').padStart(6)}${num(r.missing.length, 9)}${num(r.thin.length, 6)}${r.words.map((w) => num(w, 7)).join('')}${num(r.warnings.length, 10)}\n`;
    },
    tail() {
      const out = ['', t.legend];
      if (open.length) {
        out.push('', `${t.open}:`);
        for (const { file, row } of open) {
          const parts = [
            row.missing.length ? `${t.isMissing} ${row.missing.join(', ')}` : '',
            row.thin.length ? `${t.isThin} ${row.thin.join(', ')}` : '',
          ];
          out.push(`  ${file}: ${parts.filter(Boolean).join('; ')}`);
        }
      }
      out.push('', t.totals(files.length, counts.ok, counts.open, counts.bad));
      return `${out.join('\n')}\n`;
    },
  };
}
