// The bench's template series: a house template of 250 to 4,000 places (a heading with "[Vul hier in]" under it,
// the outline of scale-documents.ts) read, planned from the sample report and written, as time per place. Work that
// grows linearly keeps it flat: the largest template's time per place over the smallest's should stay within 1.5×.
import { readFileSync } from 'node:fs';
import { analyseDocx } from '../lib/analyse';
import { collectTemplate } from '../lib/template/collect';
import { planTemplate } from '../lib/template/plan';
import { reportSource, type TemplateSource } from '../lib/template/source';
import { writeTemplate } from '../lib/template/write';
import type { Line } from '../tests/support/blocks';
import { sampleCase } from './corpus';
import { scaleDocx } from './scale-documents';

const FLAT = 1.5;
const PLACES = [250, 500, 1_000, 2_000, 4_000];
const TOPICS = ['Veiligheidsmanagement', 'Scholing en opleiding', 'Samenwerking in de keten', 'Cliëntmetingen'];

const outline = (n: number): Line[] =>
  Array.from({ length: n }, (_, k): Line[] => [
    { h: 2, text: `${TOPICS[k % TOPICS.length]} (${k + 1})` },
    { p: '[Vul hier in]' },
  ]).flat();

interface Sample {
  collect: number;
  plan: number;
  write: number;
}

function once(bytes: Uint8Array, source: TemplateSource): Sample & { places: number } {
  let at = performance.now();
  const t = collectTemplate(bytes);
  if (!t.ok) throw new Error(t.error.en);
  const collect = performance.now() - at;
  at = performance.now();
  const plan = planTemplate(t.value, source);
  const planned = performance.now() - at;
  at = performance.now();
  const w = writeTemplate(bytes, plan);
  if (!w.ok) throw new Error(w.error.en);
  return { collect, plan: planned, write: performance.now() - at, places: t.value.slots.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const lpad = (s: string, n: number) => s.padStart(n);

export async function templateSeries(runs: number): Promise<void> {
  const report = await analyseDocx(new Uint8Array(readFileSync(sampleCase()!.docx)));
  if (!report.ok) throw new Error(report.error.en);
  const source = reportSource(report.value);
  console.log(
    `\nSjabloonreeks: ms per plek om een sjabloon te lezen, te plannen uit het voorbeeldverslag en te schrijven, mediaan van ${runs}.`,
  );
  const head = `${'plekken'.padEnd(9)}${lpad('lezen', 8)}${lpad('plannen', 9)}${lpad('schrijven', 11)}${lpad('totaal', 8)}${lpad('totaal s', 10)}`;
  console.log(head);
  console.log('-'.repeat(head.length));
  const docs = await Promise.all(PLACES.map((n) => scaleDocx(outline(n))));
  once(docs[0]!, source); // warm-up
  const perPlace: number[] = [];
  for (const [d, bytes] of docs.entries()) {
    const samples = Array.from({ length: runs }, () => once(bytes, source));
    const places = samples[0]!.places;
    const part = (k: keyof Sample) => median(samples.map((s) => s[k])) / places;
    const total = part('collect') + part('plan') + part('write');
    perPlace.push(total);
    console.log(
      `${String(PLACES[d]).padEnd(9)}${lpad(part('collect').toFixed(2), 8)}${lpad(part('plan').toFixed(2), 9)}${lpad(part('write').toFixed(2), 11)}${lpad(total.toFixed(2), 8)}${lpad(((total * places) / 1000).toFixed(1), 10)}`,
    );
  }
  const ratio = perPlace.at(-1)! / perPlace[0]!;
  console.log(
    `Doel: tijd per plek bij ${PLACES.at(-1)} plekken ≤ ${FLAT}× die bij ${PLACES[0]} — gemeten ${ratio.toFixed(2)}× (${ratio <= FLAT ? 'gehaald' : 'niet gehaald'}).`,
  );
}
