// `npm run bench`: how much the full pipeline (inspect + import + map + year + checklist) costs over bare
// mammoth, on every corpus file and on a generated ~300-page report with a few hundred images; and whether
// time grows linearly with size. Prints ratios, never fails on them: speed is measured here, not asserted.
//
// Times are medians of several runs in this process (after a warm-up). Peak memory is the maximum resident
// set size of a fresh child process that runs one job once, so the figures do not mix.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { analyseDocx } from '../lib/analyse';
import { corpusCases, sampleCase } from './corpus';
import { buildLargeReport } from './make-large-report';

type Job = 'mammoth' | 'pipeline' | 'pipeline+images';
const JOBS: Job[] = ['mammoth', 'pipeline', 'pipeline+images'];

async function run(job: Job, bytes: Uint8Array): Promise<void> {
  if (job === 'mammoth') {
    // mammoth's defaults, as a user of the bare library would call it (images inlined as base64)
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) } as never);
    return;
  }
  const r = await analyseDocx(bytes, { keepImages: job === 'pipeline+images' });
  if (!r.ok) throw new Error(r.error.en);
}

async function medianMs(job: Job, bytes: Uint8Array, runs: number): Promise<number> {
  await run(job, bytes); // warm-up: JIT, module caches
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    globalThis.gc?.();
    const t = performance.now();
    await run(job, bytes);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Peak RSS (MB) of a child process that loads the input and runs the job once. */
function peakMb(job: Job, source: Source): number | null {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', job, source.spec], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const m = /^peak-kb (\d+)$/m.exec(child.stdout ?? '');
  if (child.status !== 0 || !m) {
    process.stderr.write(`memory run failed for ${job} on ${source.label}: ${child.stderr?.trim().split('\n').pop()}\n`);
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

  const files: Source[] = [...corpusCases(), ...[sampleCase()].filter((c) => c !== null)].map((c) => sourceFromSpec(c!.docx));
  // the full large report is ~300 pages; its quarter and half show whether time grows linearly
  const fullCopies = buildLargeReport({ images: 0 }).copies;
  const large = [0.25, 0.5, 1].map((f) => largeSource(f, fullCopies));

  console.log(`Mediaan van ${runs} runs (na opwarmen); piekgeheugen = max RSS van een apart proces per taak.`);
  console.log(`mammoth = mammoth.convertToHtml met standaardopties; pipeline = inspectie + import + indeling + jaar + checklist;`);
  console.log(`pipeline+images = idem met afbeeldingen bewaard (zoals de extensie doet).\n`);
  const head = `${pad('bestand', 44)}${lpad('MB', 7)}${lpad('mammoth ms', 12)}${lpad('pipeline ms', 13)}${lpad('ratio', 7)}${lpad('+img ms', 9)}${lpad('ratio', 7)}${lpad('piek MB m/p/p+i', 18)}`;
  console.log(head);
  console.log('-'.repeat(head.length));
  const rows: { source: Source; mb: number; ms: Record<Job, number> }[] = [];
  for (const source of [...files, ...large]) {
    const bytes = source.bytes();
    const ms = {} as Record<Job, number>;
    for (const job of JOBS) ms[job] = await medianMs(job, bytes, source.spec.startsWith('large:') && quick ? 1 : runs);
    const peaks = quick ? [null, null, null] : JOBS.map((job) => peakMb(job, source));
    const mb = bytes.byteLength / 1e6;
    rows.push({ source, mb, ms });
    const label = source.spec.startsWith('large:') ? `${source.label} (${source.pages} p., ${source.images} afb.)` : source.label;
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
  const ratio = whole.ms.pipeline / whole.ms.mammoth;
  console.log(`\nDoel: pipeline ≤ 1.25× mammoth op het grote verslag — gemeten ${fmt(ratio, 2)}× (${ratio <= 1.25 ? 'gehaald' : 'niet gehaald'}).`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
