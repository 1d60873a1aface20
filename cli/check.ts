// `kkfz check <verslag.docx>`: the map per pillar and theme and the checklist. Exit 0 when every required item
// is present, 1 when one is missing or thin.
import { formatReport } from './format';
import { toJson } from './json';
import { analyseFile, fail, parseFocus, parseYear, UsageError, type Invocation } from './common';

export async function check(inv: Invocation): Promise<number> {
  let year: number | undefined;
  let focusThemes: number[] | null;
  try {
    year = parseYear(inv.year);
    focusThemes = parseFocus(inv.focus);
  } catch (e) {
    if (e instanceof UsageError) return fail(inv, e.message, e.message);
    throw e;
  }
  const file = inv.args[0]!;
  const read = await analyseFile(inv, file, { year: year ?? null, focusThemes });
  if (!read.ok) return read.exit;
  const { analysis } = read;
  process.stdout.write(inv.json ? `${JSON.stringify(toJson(file, analysis, inv.lang))}\n` : formatReport(file, analysis, inv.lang));
  return analysis.checklist.some((c) => c.level === 'required' && c.status !== 'present') ? 1 : 0;
}
