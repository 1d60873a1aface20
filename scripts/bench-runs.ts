// The bench's series of long runs: a line of 1,000 to 100,000 dots, digits or spaces through everything that reads
// a block's text with regular expressions (contents lines, numbering, headings, the checklist's patterns, folding,
// sentences), as time per character. A pattern that reads a run again from each of its characters costs time per
// character that grows with the run: ×100 from the smallest run to the largest. Linear reading keeps it flat or
// falling, as the fixed cost of a call spreads; at a few nanoseconds per character, caches and the collector move
// it by tens of percents, hence a target of 2×.
import type { Block } from '../lib/schema';
import { analyseDocument } from '../lib/analyse';
import { guessHeading, type ParagraphLook } from '../lib/docx/headings';
import { fold } from '../lib/text/normalize';
import { sentenceRanges } from '../lib/text/sentences';
import { toJson } from '../cli/json';

const FLAT = 2;
const LENGTHS = [1_000, 10_000, 100_000];
/** each run ends in a letter, so that a pattern looking for a page number or a word after it fails only at the end */
const RUNS: Record<string, (n: number) => string> = {
  punten: (n) => `${'.'.repeat(n)}x`,
  cijfers: (n) => `${'1'.repeat(n)}x`,
  spaties: (n) => `a${' '.repeat(n)}x`,
};

/** Blocks as the splitter makes them, but with the text as given (its spaces too). */
function blocks(lines: [Block['kind'], string][]): Block[] {
  let parent: number | null = null;
  return lines.map(([kind, text], i) => {
    const b: Block = {
      i,
      id: `b${i}`,
      kind,
      text,
      html: '',
      headingPath: [],
      parent: kind === 'heading' ? null : parent,
      ...(kind === 'heading' && { level: 1 }),
    };
    if (kind === 'table')
      b.rows = [
        ['Onderdeel', 'Status 2025'],
        [text, text],
      ];
    if (kind === 'heading') parent = i;
    return b;
  });
}

function analyse(list: Block[]): void {
  const analysis = analyseDocument({ blocks: list, images: [], title: null }, [], { year: 2025 });
  JSON.stringify(toJson('runs.docx', analysis, 'nl'));
}

const look = (text: string): ParagraphLook => ({
  text,
  bold: true,
  fontSize: null,
  caps: false,
  inTable: false,
  isListItem: false,
});
const PROBES: Record<string, (text: string) => void> = {
  'alinea (analyse)': (t) =>
    analyse(
      blocks([
        ['heading', 'Omvang'],
        ['paragraph', t],
      ]),
    ),
  'kop (analyse)': (t) =>
    analyse(
      blocks([
        ['paragraph', 'Voorwoord.'],
        ['heading', t],
        ['paragraph', 'Tekst.'],
      ]),
    ),
  'tabelcel (analyse)': (t) => analyse(blocks([['table', t]])),
  'kop herkennen': (t) =>
    guessHeading(
      look(t),
      { previous: null, next: look('Een zin die volgt.'), first: false, recurring: false, nextRecurring: false },
      11,
      false,
    ),
  vouwen: (t) => fold(t),
  zinnen: (t) => sentenceRanges(t),
};

/** ms per call: repeated until a batch takes long enough to time, the fastest of five batches (the one a busy
 * machine disturbed least). */
function msPerCall(probe: (t: string) => void, text: string, minMs: number): number {
  let reps = 1;
  for (let t = performance.now(); performance.now() - t < minMs; reps++) probe(text);
  const batches = [0, 1, 2, 3, 4].map(() => {
    const t = performance.now();
    for (let k = 0; k < reps; k++) probe(text);
    return (performance.now() - t) / reps;
  });
  return Math.min(...batches);
}

export function runSeries(quick: boolean): void {
  console.log(
    `\nLange reeksen tekens: ns per teken bij ${LENGTHS.map((n) => n.toLocaleString('nl-NL')).join(' / ')} tekens, en verhouding grootste/kleinste.`,
  );
  const head = `${'waar'.padEnd(22)}${'reeks'.padEnd(9)}${LENGTHS.map((n) => `${n / 1000}k`.padStart(9)).join('')}${'×'.padStart(8)}`;
  console.log(head);
  console.log('-'.repeat(head.length));
  let worst = 0;
  for (const [where, probe] of Object.entries(PROBES)) {
    for (const [name, run] of Object.entries(RUNS)) {
      const ns = LENGTHS.map((n) => (msPerCall(probe, run(n), quick ? 5 : 30) * 1e6) / n);
      const ratio = ns[ns.length - 1]! / ns[0]!;
      worst = Math.max(worst, ratio);
      console.log(
        `${where.padEnd(22)}${name.padEnd(9)}${ns.map((x) => x.toFixed(1).padStart(9)).join('')}${`×${ratio.toFixed(2)}`.padStart(8)}`,
      );
    }
  }
  console.log(
    `Doel: per teken niet duurder naarmate de reeks langer is (≤ ${FLAT}×) — gemeten hoogstens ×${worst.toFixed(2)} (${worst <= FLAT ? 'gehaald' : 'niet gehaald'}).`,
  );
}
