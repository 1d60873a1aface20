// `kkfz check <files and/or folders…>`: every .docx checked in parallel (cli/check-pool.ts) and printed in the
// order of the command line as the results come in — a table, an array of single-file objects (--json) or CSV
// (cli/batch-format.ts). The exit code is the worst of all files (2 > 1 > 0); a batch without a .docx is 2.
import { availableParallelism } from 'node:os';
import { batchOutput, noFilesNote, skippedNotes } from './batch-format';
import type { CheckTask, Outcome } from './check-file';
import { runChecks } from './check-pool';
import { collectFiles } from './collect-files';
import { fail, parseFocus, parseJobs, parseYear, UsageError, type Invocation } from './common';
import { shape } from '../lib/knowledge/shape';
import { startProgress } from './progress';

export async function checkBatch(inv: Invocation): Promise<number> {
  const { io, lang } = inv;
  if (inv.json && inv.csv) return fail(inv, '--json en --csv gaan niet samen', '--json and --csv do not go together');
  let options;
  try {
    options = {
      year: parseYear(inv.year) ?? null,
      focusThemes: parseFocus(inv.focus, shape),
      jobs: parseJobs(inv.jobs) ?? availableParallelism(),
    };
  } catch (e) {
    if (e instanceof UsageError) return fail(inv, e.message, e.message);
    throw e;
  }
  const { files, skipped } = await collectFiles(inv.args);
  for (const note of skippedNotes(skipped, lang)) io.stderr(note);
  const format = inv.json ? 'json' : inv.csv ? 'csv' : 'table';
  const out = batchOutput(format, lang, files);
  if (!files.length) {
    if (format !== 'table') io.stdout(`${out.head()}${out.tail()}`);
    io.stderr(noFilesNote(inv.args, lang));
    return 2;
  }
  const tasks = files.map((file): CheckTask => ({
    file,
    year: options.year,
    focusThemes: options.focusThemes,
    lang,
    want: format === 'json' ? 'json' : 'row',
  }));
  const progress = startProgress(io, files.length, lang);
  const waiting = new Map<number, Outcome>();
  let next = 0;
  let finished = 0;
  let worst = 0;
  io.stdout(out.head());
  await runChecks(tasks, options.jobs, io.workerUrl, (k, outcome) => {
    waiting.set(k, outcome);
    // a file's piece goes out once every file before it has
    let piece = '';
    for (let o; (o = waiting.get(next)); next++) {
      waiting.delete(next);
      piece += out.item(o);
      worst = Math.max(worst, o.exit);
    }
    if (piece) {
      progress.clear();
      io.stdout(piece);
    }
    progress.update(++finished);
  });
  progress.end();
  io.stdout(out.tail());
  return worst;
}
