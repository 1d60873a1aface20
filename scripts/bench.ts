// `npm run bench`: how much the full pipeline (inspect + import + map + year + checklist) costs over bare
// mammoth, on every corpus file and on a generated ~300-page report with a few hundred images; whether time grows
// linearly with size; where the time goes per stage; the built command as a user runs it (start-up, and the
// large report process against process); and whether time per block stays flat on generated documents of 1,000
// to 20,000 paragraphs (bench-scale.ts) and per character on long runs of dots, digits and spaces (bench-runs.ts).
// Prints ratios, never fails on them: speed is measured here, not asserted.
//
// Times are medians of several runs in this process (after a warm-up). Peak memory is the maximum resident
// set size of a fresh child process that runs one job once, so the figures do not mix. Jobs take turns, and
// processes are timed in pairs (ours, then the baseline), so a machine that gets busier slows both alike.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { analyseDocx } from '../lib/analyse';
import { IMPORT_STAGES, type ImportStage } from '../lib/docx/import';
import { toJson } from '../cli/json';
import { CLI_BUNDLE } from './cli-bundle';
import { corpusCases, sampleCase } from './corpus';
import { buildLargeReport } from './make-large-report';
import { scaleSeries } from './bench-scale';
import { runSeries } from './bench-runs';
import { templateSeries } from './bench-template';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Job = 'mammoth' | 'pipeline' | 'pipeline+images';
const JOBS: Job[] = ['mammoth', 'pipeline', 'pipeline+images'];

async function run(job: Job, bytes: Uint8Array): Promise<void> {
  if (job === 'mammoth') {
    // mammoth's defaults, as a user of the bare library would call it (images inlined as base64)
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return;
  }
  const r = await analyseDocx(bytes, { keepImages: job === 'pipeline+images' });
  if (!r.ok) throw new Error(r.error.en);
}

/** Median ms of each job; the jobs take turns run by run, so a machine that gets busier slows them alike. */
async function medianMs(bytes: Uint8Array, runs: number): Promise<Record<Job, number>> {
  for (const job of JOBS) await run(job, bytes); // warm-up: JIT, module caches
  const times = Object.fromEntries(JOBS.map((job) => [job, [] as number[]])) as Record<Job, number[]>;
  for (let k = 0; k < runs; k++) {
    for (const job of JOBS) {
      globalThis.gc?.();
      const t = performance.now();
      await run(job, bytes);
      times[job].push(performance.now() - t);
    }
  }
  return Object.fromEntries(JOBS.map((job) => [job, median(times[job])])) as Record<Job, number>;
}

/** Peak RSS (MB) of a child process that loads the input and runs the job once. */
function peakMb(job: Job, source: Source): number | null {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--child', job, source.spec],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const m = /^peak-kb (\d+)$/m.exec(child.stdout ?? '');
  if (child.status !== 0 || !m) {
    process.stderr.write(
      `memory run failed for ${job} on ${source.label}: ${child.stderr?.trim().split('\n').pop()}\n`,
    );
    return null;
  }
  return Number(m[1]) / 1024;
}

interface Source {
  label: string;
  /** how a child process finds the same bytes: a file path, or `large:<fraction>` */
  spec: string;
  bytes: () => Uint8Array;
  words?: number;
  pages?: number;
  images?: number;
}

function largeSource(fraction: number, fullCopies: number): Source {
  const copies = Math.max(1, Math.round(fullCopies * fraction));
  let built: ReturnType<typeof buildLargeReport> | null = null;
  const get = () => (built ??= buildLargeReport({ copies, images: Math.round(240 * fraction) }));
  const source: Source = {
    label: `groot verslag ×${fraction}`,
    spec: `large:${fraction}:${fullCopies}`,
    bytes: () => get().bytes,
  };
  return Object.defineProperties(source, {
    words: { get: () => get().words, enumerable: true },
    pages: { get: () => get().pages, enumerable: true },
    images: { get: () => get().images, enumerable: true },
  });
}

function sourceFromSpec(spec: string): Source {
  const large = /^large:([\d.]+):(\d+)$/.exec(spec);
  if (large) return largeSource(Number(large[1]), Number(large[2]));
  return { label: basename(spec), spec, bytes: () => new Uint8Array(readFileSync(spec)) };
}

const fmt = (n: number | null | undefined, digits = 0) => (n == null ? '–' : n.toFixed(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const STAGE_NAMES: Record<ImportStage | 'json', string> = {
  inspect: 'uitpakken',
  convert: 'mammoth',
  blocks: 'blokken',
  map: 'indeling',
  check: 'checklist',
  json: 'JSON',
};

/** Median ms per stage of one analysis, plus serialising it as `kkfz check --json` does. */
async function stageMs(bytes: Uint8Array, runs: number): Promise<Record<ImportStage | 'json', number>> {
  const samples: Record<string, number[]> = {};
  for (let k = 0; k <= runs; k++) {
    globalThis.gc?.();
    const marks: [string, number][] = [];
    const r = await analyseDocx(bytes, { onStage: (stage) => marks.push([stage, performance.now()]) });
    if (!r.ok) throw new Error(r.error.en);
    marks.push(['json', performance.now()]);
    JSON.stringify(toJson('groot.docx', r.value, 'nl'));
    marks.push(['end', performance.now()]);
    if (k === 0) continue; // warm-up
    for (let m = 0; m < marks.length - 1; m++) (samples[marks[m]![0]] ??= []).push(marks[m + 1]![1] - marks[m]![1]);
  }
  return Object.fromEntries(
    [...IMPORT_STAGES, 'json'].map((stage) => [stage, median(samples[stage] ?? [0])]),
  ) as Record<ImportStage | 'json', number>;
}

/** Wall ms of one process run; its exit code must be one of `ok`. */
function timeProcess(command: string, args: string[], ok: number[] = [0]): number {
  const t = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (!ok.includes(r.status ?? -1)) throw new Error(`${command} ${args.join(' ')}: exit ${r.status} ${r.stderr}`);
  return performance.now() - t;
}

/** Medians of `pairs` runs of ours and of the baseline, taken in turn, and the median of the per-pair ratios. */
function paired(pairs: number, ours: () => number, base: () => number): { ours: number; base: number; ratio: number } {
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < pairs; k++) {
    a.push(ours());
    b.push(base());
  }
  return { ours: median(a), base: median(b), ratio: median(a.map((x, k) => x / b[k]!)) };
}

/** The built command as a user runs it: start-up on an empty file over a bare `npm run`, the large report over bare
 * mammoth in a process of its own. */
function commandLine(large: Uint8Array, quick: boolean): void {
  console.log('\nOpdrachtregel (het gebouwde kkfz-commando, proces tegen proces, mediaan van paren)');
  if (!existsSync(join(ROOT, CLI_BUNDLE))) {
    console.log(`  overgeslagen: ${CLI_BUNDLE} ontbreekt (npm run build:cli)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kkfz-bench-'));
  try {
    const empty = join(dir, 'leeg.docx');
    const big = join(dir, 'groot.docx');
    writeFileSync(empty, '');
    writeFileSync(big, large);
    // a package whose one script does nothing: what `npm run` itself costs
    writeFileSync(join(dir, 'package.json'), '{"name":"leeg","private":true,"scripts":{"niets":"true"}}');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const start = paired(
      quick ? 3 : 11,
      () => timeProcess(npm, ['run', '-s', 'kkfz', '--', 'check', empty], [2]),
      () => timeProcess(npm, ['run', '-s', '--prefix', dir, 'niets']),
    );
    const extra = start.ours - start.base;
    console.log(
      `  start: npm run -s kkfz -- check leeg.docx ${fmt(start.ours)} ms, npm run van een leeg script ${fmt(start.base)} ms: ${fmt(extra)} ms erbij (doel ≤ 600: ${extra <= 600 ? 'gehaald' : 'niet gehaald'})`,
    );
    const bare = `const m = (await import('mammoth')).default; await m.convertToHtml({ path: process.argv[1] });`;
    const run = paired(
      quick ? 1 : 5,
      () => timeProcess(process.execPath, [CLI_BUNDLE, 'check', big, '--json'], [0, 1]),
      () => timeProcess(process.execPath, ['--input-type=module', '-e', bare, big]),
    );
    console.log(
      `  groot verslag: kkfz check --json ${fmt(run.ours)} ms, node + mammoth.convertToHtml ${fmt(run.base)} ms: ${fmt(run.ratio, 2)}× (doel ≤ 1.25: ${run.ratio <= 1.25 ? 'gehaald' : 'niet gehaald'})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const source = sourceFromSpec(args[2]!);
    const bytes = source.bytes();
    await run(args[1] as Job, bytes);
    console.log(`peak-kb ${process.resourceUsage().maxRSS}`);
    return;
  }
  const quick = args.includes('--quick');
  const runs = quick ? 3 : 7;

  const files: Source[] = [...corpusCases(), ...[sampleCase()].filter((c) => c !== null)].map((c) =>
    sourceFromSpec(c.docx),
  );
  // the full large report is ~300 pages; its quarter and half show whether time grows linearly
  const fullCopies = buildLargeReport({ images: 0 }).copies;
  const large = [0.25, 0.5, 1].map((f) => largeSource(f, fullCopies));

  console.log(
    `Mediaan van ${runs} runs (na opwarmen, de taken om beurten); piekgeheugen = max RSS van een apart proces per taak.`,
  );
  console.log(
    `mammoth = mammoth.convertToHtml met standaardopties; pipeline = inspectie + import + indeling + jaar + checklist;`,
  );
  console.log(`pipeline+images = idem met afbeeldingen bewaard (zoals de extensie doet).\n`);
  const head = `${pad('bestand', 44)}${lpad('MB', 7)}${lpad('mammoth ms', 12)}${lpad('pipeline ms', 13)}${lpad('ratio', 7)}${lpad('+img ms', 9)}${lpad('ratio', 7)}${lpad('piek MB m/p/p+i', 18)}`;
  console.log(head);
  console.log('-'.repeat(head.length));
  const rows: { source: Source; mb: number; ms: Record<Job, number>; peaks: (number | null)[] }[] = [];
  for (const source of [...files, ...large]) {
    const bytes = source.bytes();
    const ms = await medianMs(bytes, source.spec.startsWith('large:') && quick ? 1 : runs);
    const peaks = quick ? [null, null, null] : JOBS.map((job) => peakMb(job, source));
    const mb = bytes.byteLength / 1e6;
    rows.push({ source, mb, ms, peaks });
    const label = source.spec.startsWith('large:')
      ? `${source.label} (${source.pages} p., ${source.images} afb.)`
      : source.label;
    console.log(
      `${pad(label, 44)}${lpad(fmt(mb, 2), 7)}${lpad(fmt(ms.mammoth), 12)}${lpad(fmt(ms.pipeline), 13)}${lpad(fmt(ms.pipeline / ms.mammoth, 2), 7)}` +
        `${lpad(fmt(ms['pipeline+images']), 9)}${lpad(fmt(ms['pipeline+images'] / ms.mammoth, 2), 7)}${lpad(peaks.map((p) => fmt(p)).join('/'), 18)}`,
    );
  }

  // linearity: time per 1000 words at ¼, ½ and the whole large report; equal figures mean linear growth
  console.log('\nLineariteit (groot verslag): ms per 1000 woorden, en verhouding tot de kwart-versie');
  const largeRows = rows.filter((r) => r.source.spec.startsWith('large:'));
  const base = largeRows[0]!;
  for (const r of largeRows) {
    const per = (job: Job) => r.ms[job] / (r.source.words! / 1000);
    const basePer = (job: Job) => base.ms[job] / (base.source.words! / 1000);
    console.log(
      `${pad(r.source.label, 22)}${lpad(String(r.source.words), 8)} woorden  mammoth ${fmt(per('mammoth'), 1)} ms (×${fmt(per('mammoth') / basePer('mammoth'), 2)})` +
        `  pipeline ${fmt(per('pipeline'), 1)} ms (×${fmt(per('pipeline') / basePer('pipeline'), 2)})`,
    );
  }
  const whole = largeRows[largeRows.length - 1]!;

  // where the time goes: each stage's share, so the next change knows its budget
  const stages = await stageMs(whole.source.bytes(), quick ? 1 : runs);
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  console.log(`\nWaar de tijd heen gaat (${whole.source.label}, mediaan per stage; samen ${fmt(total)} ms)`);
  for (const [stage, ms] of Object.entries(stages))
    console.log(
      `  ${pad(STAGE_NAMES[stage as ImportStage | 'json'], 12)}${lpad(fmt(ms), 7)} ms ${lpad(fmt((ms / total) * 100), 4)}%`,
    );

  const ratio = whole.ms.pipeline / whole.ms.mammoth;
  console.log(
    `\nDoel: pipeline ≤ 1.25× mammoth op het grote verslag — gemeten ${fmt(ratio, 2)}× (${ratio <= 1.25 ? 'gehaald' : 'niet gehaald'}).`,
  );
  if (whole.peaks[0] && whole.peaks[1]) {
    const memory = whole.peaks[1] / whole.peaks[0];
    console.log(
      `Doel: piekgeheugen ≤ 1.5× mammoth op het grote verslag — gemeten ${fmt(memory, 2)}× (${memory <= 1.5 ? 'gehaald' : 'niet gehaald'}).`,
    );
  }
  commandLine(whole.source.bytes(), quick);
  await scaleSeries(quick ? 1 : 3, quick);
  runSeries(quick);
  await templateSeries(quick ? 1 : 3);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
