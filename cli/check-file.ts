// One file of a batch, as the batch prints it: the object of `kkfz check --json` for that file (serialised, so a
// worker thread hands over one string), or the table's row; and its exit code. Runs in a worker thread or in the
// main thread, and never throws: one bad file never stops the batch.
import { coverage } from '../lib/overview/coverage';
import { pick } from '../lib/text/localised';
import { readReport, unexpectedError, type Lang } from './common';
import { toJson, warningsOf } from './json';
import { verdict } from './verdict';

export interface CheckTask {
  file: string;
  year: number | null;
  focusThemes: number[] | null;
  lang: Lang;
  /** the JSON object (--json) or the table's row (table, --csv) */
  want: 'json' | 'row';
}

export interface Row {
  year: number | null;
  /** required checklist items, by id */
  missing: string[];
  thin: string[];
  /** words per pillar 0 (general) to 5 */
  words: number[];
  warnings: string[];
}

export type Outcome =
  { file: string; exit: 0 | 1; json?: string; row?: Row } | { file: string; exit: 2; error: string };

export async function checkFile(task: CheckTask): Promise<Outcome> {
  const { file, lang } = task;
  try {
    const read = await readReport(file, { year: task.year, focusThemes: task.focusThemes });
    if (!read.ok) return { file, exit: 2, error: pick(read.error, lang) };
    const a = read.value;
    if (task.want === 'json') return { file, exit: verdict(a), json: JSON.stringify(toJson(file, a, lang)) };
    const open = (status: string) =>
      a.checklist.filter((c) => c.level === 'required' && c.status === status).map((c) => c.id);
    const row = {
      year: a.effectiveYear,
      missing: open('missing'),
      thin: open('thin'),
      words: coverage(a).pillars.map((p) => p.words),
      warnings: warningsOf(a, lang),
    };
    return { file, exit: verdict(a), row };
  } catch (e) {
    return { file, exit: 2, error: pick(unexpectedError(e), lang) };
  }
}
