// `npm run eval`: how well the mapping agrees with the hand-made gold labels of the shared corpus.
//   --errors           list every block whose pillar differs from the gold, under its file
//   --strip-structure  score on the blocks left when every heading, first table cell or line that names a
//                      pillar, theme number or article number is deleted (lib/eval/perturb.ts)
//   --flatten          score on the .docx with every heading style and run format removed, with the
//                      difference to the unflattened score
//   --rules            per mapping rule: blocks decided, how many had the gold pillar, per file how often
//   --calibration      pillar accuracy per confidence band
// Flags combine: --flatten --strip-structure scores the stripped blocks of the flattened file; --rules and
// --calibration tally whichever blocks the other flags give.
import { readFileSync } from 'node:fs';
import { importDocx } from '../lib/docx/import';
import { mapBlocks } from '../lib/classify/map';
import { poolScores, scoreMapping, type GoldLine, type Score } from '../lib/eval/score';
import { flattenDocx, stripStructure } from '../lib/eval/perturb';
import { calibrationBands, tallyRules, type ScoredFile } from '../lib/eval/rules';
import type { Mapping } from '../lib/schema';
import { corpusCases, heldoutCases, sampleCase, CORPUS_DIR, type Case } from './corpus';

const FLAGS = ['--errors', '--strip-structure', '--flatten', '--rules', '--calibration'];
const args = process.argv.slice(2);
for (const a of args) if (!FLAGS.includes(a)) console.error(`Onbekende optie ${a} (bekend: ${FLAGS.join(' ')}).`);
const verbose = args.includes('--errors');
const strip = args.includes('--strip-structure');
const flatten = args.includes('--flatten');
const showRules = args.includes('--rules');
const showCalibration = args.includes('--calibration');
const f3 = (x: number) => x.toFixed(3);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;

interface Run {
  score: Score;
  gold: GoldLine[];
  mappings: Mapping[];
}

async function run(c: Case, flat: boolean): Promise<Run> {
  let bytes: Uint8Array = new Uint8Array(readFileSync(c.docx));
  if (flat) bytes = flattenDocx(bytes);
  const imported = await importDocx(bytes);
  if (!imported.ok) throw new Error(`${c.name}${flat ? ' (flattened)' : ''}: ${imported.error.en}`);
  let blocks = imported.value.blocks;
  let gold = c.gold;
  // alignment with the gold is checked on the blocks as split, before any naming is stripped from them
  let texts = blocks.map((b) => b.text);
  if (strip) {
    const stripped = stripStructure(blocks);
    gold = stripped.kept.filter((k) => k < c.gold.length).map((k) => c.gold[k]!);
    texts = stripped.kept.map((k) => texts[k]!);
    blocks = stripped.blocks;
  }
  const mappings = mapBlocks(blocks);
  return { score: scoreMapping(gold, mappings, texts), gold, mappings };
}

const cases = corpusCases();
if (cases.length === 0) {
  console.error(`Geen corpus gevonden in ${CORPUS_DIR} (zet KKFZ_CORPUS).`);
  process.exit(2);
}
const sample = sampleCase();
const heldout = heldoutCases();

interface Row {
  c: Case;
  run: Run;
  /** the same case unflattened, in --flatten mode */
  base?: Run;
}
async function rowOf(c: Case): Promise<Row> {
  return { c, run: await run(c, flatten), ...(flatten ? { base: await run(c, false) } : {}) };
}
const rows: Row[] = [];
for (const c of cases) rows.push(await rowOf(c));
const sampleRow = sample ? await rowOf(sample) : null;
const heldoutRows: Row[] = [];
for (const c of heldout) heldoutRows.push(await rowOf(c));

if (strip || flatten) {
  const what = [
    flatten && 'flattened .docx (every heading style and run format removed; Δ = minus the unflattened score)',
    strip &&
      'structure stripped (headings, first cells and short lines naming a pillar, theme or article deleted; gold of the kept blocks; --errors shows original block numbers)',
  ].filter(Boolean);
  console.log(`Mode: ${what.join('; ')}\n`);
}

const header = `${'file'.padEnd(36)} blocks  misal  pillar-acc  F1 p0  F1 p1  F1 p2  F1 p3  F1 p4  F1 p5  theme-P  theme-R  theme-F1${flatten ? '   Δ acc   Δ th-F1' : ''}`;
console.log(header);
console.log('-'.repeat(header.length));
for (const { c, run: r, base } of [...rows, ...(sampleRow ? [sampleRow] : []), ...heldoutRows]) {
  const s = r.score;
  const pillarF1 = [0, 1, 2, 3, 4, 5].map((p) =>
    (s.perPillar[p]!.support || s.perPillar[p]!.precision < 1 ? f3(s.perPillar[p]!.f1) : '  -  ').padStart(5),
  );
  const delta = base
    ? `  ${signed(s.pillarAccuracy - base.score.pillarAccuracy).padStart(6)}  ${signed(s.themes.f1 - base.score.themes.f1).padStart(8)}`
    : '';
  console.log(
    `${c.name.padEnd(36)} ${String(s.blocks).padStart(6)} ${String(s.misaligned).padStart(6)} ${f3(s.pillarAccuracy).padStart(11)}  ${pillarF1.join('  ')}  ${f3(s.themes.precision).padStart(7)}  ${f3(s.themes.recall).padStart(7)}  ${f3(s.themes.f1).padStart(8)}${delta}`,
  );
  if (verbose) {
    for (const e of s.errors) {
      const rule = r.mappings[e.i]?.rule;
      // stripped blocks are renumbered: show the index the block has in the file (and in its gold)
      const at = strip ? (r.gold[e.i]?.i ?? e.i) : e.i;
      console.log(`    #${at} predicted ${e.predicted}${rule ? ` [${rule}]` : ''}, gold ${e.gold}: ${e.text}`);
    }
  }
}

function pooledLine(label: string, set: Row[]): string {
  const pooled = poolScores(set.map((r) => r.run.score));
  let line = `${label}: ${pooled.blocks} blocks, pillar accuracy ${f3(pooled.pillarAccuracy)}`;
  const base = flatten ? poolScores(set.map((r) => r.base!.score)) : null;
  if (base) line += ` (Δ ${signed(pooled.pillarAccuracy - base.pillarAccuracy)})`;
  line += `, theme micro-F1 ${f3(pooled.themeF1)}`;
  if (base) line += ` (Δ ${signed(pooled.themeF1 - base.themeF1)})`;
  return line;
}
const styled = rows.filter((r) => !r.c.variant);
console.log('-'.repeat(header.length));
console.log(pooledLine('corpus (styled files pooled)', styled));
const heldoutPooled = heldoutRows.filter((r) => !r.c.variant);
if (heldoutPooled.length) console.log(pooledLine('held-out (pooled)', heldoutPooled));

const toScored = (r: Row): ScoredFile => ({ file: r.c.name, gold: r.run.gold, predicted: r.run.mappings });
const scored: ScoredFile[] = styled.map(toScored);
// calibration needs errors to say anything: every labelled report, not only the corpus the rules were tried on
const labelled: ScoredFile[] = [...styled, ...(sampleRow ? [sampleRow] : []), ...heldoutPooled].map(toScored);

if (showRules) {
  const tallies = tallyRules(scored);
  const files = scored.map((f) => f.file);
  const ruleWidth = Math.max(24, ...tallies.map((t) => t.rule.length));
  const head = `${'rule'.padEnd(ruleWidth)}  blocks  correct  precision  files  ${files.map((f) => f.padStart(Math.max(6, f.length))).join('  ')}`;
  console.log(`\nRules (styled corpus files pooled; a rule fitting one file only fires there)`);
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const t of tallies) {
    const perFile = files.map((f) => String(t.perFile[f] ?? 0).padStart(Math.max(6, f.length)));
    console.log(
      `${t.rule.padEnd(ruleWidth)}  ${String(t.count).padStart(6)}  ${String(t.correct).padStart(7)}  ${f3(t.precision).padStart(9)}  ${`${Object.keys(t.perFile).length}/${files.length}`.padStart(5)}  ${perFile.join('  ')}`,
    );
  }
}

if (showCalibration) {
  const bands = calibrationBands(labelled);
  const head = `${'confidence'.padEnd(12)}  blocks  correct  accuracy  mean conf`;
  console.log(`\nCalibration (every labelled report: corpus, sample, held-out): pillar accuracy per confidence band`);
  console.log(head);
  console.log('-'.repeat(head.length));
  bands.forEach((b, k) => {
    const label = `[${b.from.toFixed(1)}, ${b.to.toFixed(1)}${k === bands.length - 1 ? ']' : ')'}`;
    const na = (x: number) => (Number.isNaN(x) ? '  -  ' : f3(x));
    console.log(
      `${label.padEnd(12)}  ${String(b.blocks).padStart(6)}  ${String(b.correct).padStart(7)}  ${na(b.accuracy).padStart(8)}  ${na(b.meanConfidence).padStart(9)}`,
    );
  });
  const total = bands.reduce((a, b) => a + b.blocks, 0);
  const correct = bands.reduce((a, b) => a + b.correct, 0);
  console.log('-'.repeat(head.length));
  console.log(
    `${'all'.padEnd(12)}  ${String(total).padStart(6)}  ${String(correct).padStart(7)}  ${(total ? f3(correct / total) : '  -  ').padStart(8)}`,
  );
}
