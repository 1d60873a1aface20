// `kkfz check <verslag.docx>`: the map per pillar and theme and the checklist. Exit 0 when every required item
// is present, 1 when one is missing or thin.
import { formatReport } from './format';
import { toJson } from './json';
import { analyseInvocation, type Invocation } from './common';

export async function check(inv: Invocation): Promise<number> {
  const read = await analyseInvocation(inv);
  if (!read.ok) return read.exit;
  const { analysis, file } = read;
  process.stdout.write(inv.json ? `${JSON.stringify(toJson(file, analysis, inv.lang))}\n` : formatReport(file, analysis, inv.lang));
  return analysis.checklist.some((c) => c.level === 'required' && c.status !== 'present') ? 1 : 0;
}
