// `npm run eval`: how well the mapping agrees with the hand-made gold labels of the shared corpus.
import { readFileSync } from 'node:fs';
import { importDocx } from '../lib/docx/import';
import { mapBlocks } from '../lib/classify/map';
import { poolScores, scoreMapping, type Score } from '../lib/eval/score';
import { corpusCases, sampleCase, CORPUS_DIR, type Case } from './corpus';

const verbose = process.argv.includes('--errors');
const f3 = (x: number) => x.toFixed(3);

async function score(c: Case): Promise<Score> {
  const imported = await importDocx(new Uint8Array(readFileSync(c.docx)));
  if (!imported.ok) throw new Error(`${c.name}: ${imported.error.en}`);
  const blocks = imported.value.blocks;
  return scoreMapping(c.gold, mapBlocks(blocks), blocks.map((b) => b.text));
}

const cases = corpusCases();
if (cases.length === 0) {
  console.error(`Geen corpus gevonden in ${CORPUS_DIR} (zet KKFZ_CORPUS).`);
  process.exit(2);
}
const rows: [Case, Score][] = [];
for (const c of cases) rows.push([c, await score(c)]);
const sample = sampleCase();
const sampleRow = sample ? ([sample, await score(sample)] as [Case, Score]) : null;

const header = `${'file'.padEnd(36)} blocks  misal  pillar-acc  F1 p0  F1 p1  F1 p2  F1 p3  F1 p4  F1 p5  theme-P  theme-R  theme-F1`;
console.log(header);
console.log('-'.repeat(header.length));
for (const [c, s] of [...rows, ...(sampleRow ? [sampleRow] : [])]) {
  const pillarF1 = [0, 1, 2, 3, 4, 5].map((p) => (s.perPillar[p]!.support || s.perPillar[p]!.precision < 1 ? f3(s.perPillar[p]!.f1) : '  -  ').padStart(5));
  console.log(
    `${c.name.padEnd(36)} ${String(s.blocks).padStart(6)} ${String(s.misaligned).padStart(6)} ${f3(s.pillarAccuracy).padStart(11)}  ${pillarF1.join('  ')}  ${f3(s.themes.precision).padStart(7)}  ${f3(s.themes.recall).padStart(7)}  ${f3(s.themes.f1).padStart(8)}`,
  );
  if (verbose) for (const e of s.errors) console.log(`    #${e.i} predicted ${e.predicted}, gold ${e.gold}: ${e.text}`);
}
const pooled = poolScores(rows.filter(([c]) => !c.variant).map(([, s]) => s));
console.log('-'.repeat(header.length));
console.log(`corpus (styled files pooled): ${pooled.blocks} blocks, pillar accuracy ${f3(pooled.pillarAccuracy)}, theme micro-F1 ${f3(pooled.themeF1)}`);
