// Scores the stale-passage detector against the hand-made carry-forward labels (tests/fixtures/carry-gold):
// per report and reason, block-level recall and precision. `npm run eval:carry -- goal` (or another reason, or
// `all`) also lists the misses and the extra flags.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseDocx } from '../lib/analyse';
import { findStale } from '../lib/carry/stale';
import { findTableOfContents } from '../lib/classify/toc';
import type { StaleReason } from '../lib/schema';
import { CORPUS_DIR } from './corpus';

const REPORTS: [string, string][] = [
  ['homerun-2025', join(CORPUS_DIR, 'homerun-2025.docx')],
  ['levanto-2025', join(CORPUS_DIR, 'levanto-2025.docx')],
  ['samen-zorg-twente-2025', join(CORPUS_DIR, 'samen-zorg-twente-2025.docx')],
  ['voorbeeldverslag-2025', 'samples/voorbeeldverslag-2025.docx'],
];
const REASONS: StaleReason[] = ['current-year', 'goal', 'figures', 'status-table'];
const show = process.argv[2];
const pooled = Object.fromEntries(REASONS.map((r) => [r, { tp: 0, fn: 0, fp: 0 }]));
const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : '  – ');

for (const [name, path] of REPORTS) {
  const r = await analyseDocx(new Uint8Array(readFileSync(path)));
  if (!r.ok) throw new Error(`${name}: ${r.error.en}`);
  const blocks = r.value.document.blocks;
  const toc = findTableOfContents(blocks);
  const flags = findStale(blocks, r.value.mappings, 2025);
  const gold = new Map<number, { flags: string[]; note: string }>(
    readFileSync(`tests/fixtures/carry-gold/${name}.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { i: number; flags: string[]; note: string })
      .map((g) => [g.i, g]),
  );
  const cells: string[] = [];
  for (const reason of REASONS) {
    const c = pooled[reason]!;
    let tp = 0, fn = 0, fp = 0; // prettier-ignore
    const misses: string[] = [];
    const extras: string[] = [];
    for (const b of blocks) {
      if (toc.has(b.i)) continue; // a table of contents is rebuilt, not carried
      const g = gold.get(b.i)?.flags ?? [];
      const wanted = g.includes(reason) || (reason === 'current-year' && g.includes('title'));
      const got = flags[b.i]!.some((f) => f.reason === reason);
      if (wanted && got) tp++;
      else if (wanted) {
        fn++;
        misses.push(`${b.i} ${b.text.slice(0, 80)} — ${gold.get(b.i)!.note}`);
      } else if (got) {
        fp++;
        extras.push(
          `${b.i} ${b.text.slice(0, 80)} — ${flags[b.i]!.filter((f) => f.reason === reason)
            .map((f) => f.evidence)
            .join('; ')}`,
        );
      }
    }
    c.tp += tp;
    c.fn += fn;
    c.fp += fp;
    cells.push(`${reason} R ${pct(tp, tp + fn)} P ${pct(tp, tp + fp)}`);
    if (show === reason || show === 'all') {
      console.log(
        `-- ${name} ${reason}: missed\n${misses.map((m) => `   ${m}`).join('\n')}\n-- ${name} ${reason}: flagged, not in the labels\n${extras.map((m) => `   ${m}`).join('\n')}`,
      );
    }
  }
  console.log(`${name.padEnd(24)} ${cells.join(' | ')}`);
}
console.log(
  `${'pooled'.padEnd(24)} ${REASONS.map((r) => `${r} R ${pct(pooled[r]!.tp, pooled[r]!.tp + pooled[r]!.fn)} P ${pct(pooled[r]!.tp, pooled[r]!.tp + pooled[r]!.fp)}`).join(' | ')}`,
);
