// `npm run fuzz -- --seed N --count M [--keep DIR]`: M generated .docx files (scripts/fuzz/generate.ts), each
// checked by the built command in a process of its own, two at a time, within 10 s and a 1 GB heap
// (scripts/fuzz/check.ts). Prints the failures and `fuzz: N files, N ok, N failed`; exit 1 on any failure.
// The files go to a temporary folder that is removed afterwards, or to DIR with --keep (never into the repo).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR } from './corpus';
import { checkCase, type Limits, type Verdict } from './fuzz/check';
import { generateCase, type FuzzCase, type Source } from './fuzz/generate';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli/kkfz.mjs');
const LIMITS: Limits = { ms: 10_000, heapMb: 1024 };
const AT_ONCE = 2;

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '120' },
    keep: { type: 'string' },
  },
});
const seed = Number(values.seed);
const count = Number(values.count);
if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
  console.error('fuzz: --seed and --count take whole numbers (--count 1 or more)');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error(`fuzz: ${CLI} is missing; build it first with npm run build:cli`);
  process.exit(2);
}

// the corpus when it is there, else the bundled sample alone
const corpus = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.docx'))
      .map((f) => join(CORPUS_DIR, f))
  : [];
const sources: Source[] = [...corpus, join(ROOT, 'samples/voorbeeldverslag-2025.docx')].map((path) => ({
  name: path.split('/').pop()!,
  bytes: new Uint8Array(readFileSync(path)),
}));

const dir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'kkfz-fuzz-'));
mkdirSync(dir, { recursive: true });
const failures: { c: Omit<FuzzCase, 'bytes'>; lang: string; v: Verdict }[] = [];
try {
  // every file is written before the first check starts: building one (up to a few seconds for the largest)
  // would otherwise stall the timers of the checks running meanwhile and count against their time
  const cases = Array.from({ length: count }, (_, k) => {
    const { bytes, ...c } = generateCase(seed, k, sources);
    writeFileSync(join(dir, c.name), bytes);
    return c;
  });
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let k; (k = next++) < count;) {
      const c = cases[k]!;
      // every other file in English: both languages' messages must stay on one line
      const lang = k % 2 ? 'en' : 'nl';
      const v = await checkCase(CLI, join(dir, c.name), lang, LIMITS);
      if (v.problems.length) failures.push({ c, lang, v });
      process.stderr.write(`\rfuzz: ${++done}/${count}`);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
} finally {
  process.stderr.write('\n');
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

if (failures.length) {
  failures.sort((a, b) => a.c.name.localeCompare(b.c.name));
  console.log(['case', 'lang', 'exit', 'time', 'problems', 'what'].join('\t'));
  for (const { c, lang, v } of failures)
    console.log(
      [c.name, lang, v.exit ?? '-', `${(v.ms / 1000).toFixed(1)} s`, v.problems.join('; '), c.note].join('\t'),
    );
}
if (values.keep) console.log(`fuzz: files kept in ${dir}`);
console.log(`fuzz: ${count} files, ${count - failures.length} ok, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
