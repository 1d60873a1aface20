// The bench's scale series: the whole check as `kkfz check --json` runs it (import, map, checklist, JSON) on
// generated documents of 1,000 to 20,000 paragraphs (scale-documents.ts), as time per block. Work that grows
// linearly keeps it flat: the largest size's time per block over the smallest's should stay within 1.5×. The
// converter's step (mammoth, with the heading detection it calls back) is shown apart from the rest, ours.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyseDocx } from '../lib/analyse';
import { toJson } from '../cli/json';
import { SCALE_SERIES, SCALE_SIZES, scaleDocx } from './scale-documents';

const FLAT = 1.5;

interface Sample {
  total: number;
  convert: number;
}

/** One check, split into the converter's step and the rest. */
async function timeCheck(bytes: Uint8Array): Promise<Sample & { units: number }> {
  const at: Record<string, number> = {};
  const start = performance.now();
  const r = await analyseDocx(bytes, { onStage: (stage) => (at[stage] = performance.now()) });
  if (!r.ok) throw new Error(r.error.en);
  JSON.stringify(toJson('schaal.docx', r.value, 'nl'));
  const total = performance.now() - start;
  const blocks = r.value.document.blocks;
  // a table is one block: its rows are what grows
  const units = blocks.length === 1 && blocks[0]!.rows ? blocks[0]!.rows.length : blocks.length;
  return { total, convert: (at.blocks ?? at.convert!) - at.convert!, units };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number | null, digits = 0) => (n === null ? '–' : n.toFixed(digits));
const lpad = (s: string, n: number) => s.padStart(n);

/** Peak RSS (MB) of a child process that builds and checks one document once. */
function peakMb(series: string, size: number): number | null {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--child', series, String(size)],
    { encoding: 'utf8' },
  );
  const m = /^peak-kb (\d+)$/m.exec(child.stdout ?? '');
  return child.status === 0 && m ? Number(m[1]) / 1024 : null;
}

export async function scaleSeries(runs: number, quick: boolean): Promise<void> {
  console.log(
    `\nSchaalreeks: µs per blok (tabel: per rij) van de hele controle met --json, mediaan van ${runs}; de maten om beurten.`,
  );
  console.log(
    `mammoth = de conversiestap (mammoth zelf, met de kopherkenning die het aanroept); rest = inspectie, blokken, indeling, checklist, JSON.`,
  );
  const head = `${'reeks'.padEnd(16)}${lpad('blokken', 9)}${lpad('totaal', 9)}${lpad('mammoth', 9)}${lpad('rest', 8)}${lpad('totaal s', 10)}${lpad('piek MB', 9)}`;
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const [series, make] of Object.entries(SCALE_SERIES)) {
    const docs = await Promise.all(SCALE_SIZES.map((n) => scaleDocx(make(n))));
    await timeCheck(docs[0]!); // warm-up
    const samples = docs.map(() => [] as Sample[]);
    let units: number[] = [];
    for (let k = 0; k < runs; k++) {
      units = [];
      for (const [d, bytes] of docs.entries()) {
        globalThis.gc?.();
        const s = await timeCheck(bytes);
        samples[d]!.push(s);
        units.push(s.units);
      }
    }
    const per = samples.map((xs, d) => ({
      total: (median(xs.map((s) => s.total)) * 1000) / units[d]!,
      convert: (median(xs.map((s) => s.convert)) * 1000) / units[d]!,
      seconds: median(xs.map((s) => s.total)) / 1000,
    }));
    per.forEach((p, d) => {
      const peak = !quick && d === per.length - 1 ? peakMb(series, SCALE_SIZES[d]!) : null;
      console.log(
        `${(d === 0 ? series : '').padEnd(16)}${lpad(String(units[d]), 9)}${lpad(fmt(p.total), 9)}${lpad(fmt(p.convert), 9)}${lpad(fmt(p.total - p.convert), 8)}${lpad(fmt(p.seconds, 1), 10)}${lpad(fmt(peak), 9)}`,
      );
    });
    const ratio = (pick: (p: (typeof per)[number]) => number) => pick(per[per.length - 1]!) / pick(per[0]!);
    const total = ratio((p) => p.total);
    const rest = ratio((p) => p.total - p.convert);
    console.log(
      `${''.padEnd(16)}grootste/kleinste per blok: totaal ×${fmt(total, 2)}, mammoth ×${fmt(
        ratio((p) => p.convert),
        2,
      )}, rest ×${fmt(rest, 2)} (doel ≤ ${FLAT}: ${Math.max(total, rest) <= FLAT ? 'gehaald' : 'niet gehaald'})`,
    );
  }
}

if (process.argv[2] === '--child' && process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await scaleDocx(SCALE_SERIES[process.argv[3]!]!(Number(process.argv[4])));
  await timeCheck(bytes);
  console.log(`peak-kb ${process.resourceUsage().maxRSS}`);
}
