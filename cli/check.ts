// `kkfz check <verslag.docx>`: the map per pillar and theme and the checklist. Exit 0 when every required item
// is present, 1 when one is missing or thin. Several files, a folder or --csv: the batch (cli/batch.ts).
import { analyseInvocation, type Invocation } from './common';
import { isFolder } from './collect-files';
import { verdict } from './verdict';

export async function check(inv: Invocation): Promise<number> {
  if (inv.args.length > 1 || inv.csv || (await isFolder(inv.args[0]!)))
    return (await import('./batch')).checkBatch(inv);
  const read = await analyseInvocation(inv);
  if (!read.ok) return read.error;
  const { analysis, file } = read.value;
  // loaded after the read, like the pipeline: a refused file is answered without the framework's modules
  const [{ formatReport }, { toJson }] = await Promise.all([import('./format'), import('./json')]);
  inv.io.stdout(
    inv.json ? `${JSON.stringify(toJson(file, analysis, inv.lang))}\n` : formatReport(file, analysis, inv.lang),
  );
  return verdict(analysis);
}
