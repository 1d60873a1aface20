// Where the shared corpus lives and which gold file scores which .docx (the plain-headings variant is
// scored against its styled twin's gold, index for index). Used by `npm run eval` and the unit tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGold, type GoldLine } from '../lib/eval/score';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = process.env.KKFZ_CORPUS ?? resolve(root, '../shared/corpus');
const SAMPLE_GOLD_DIR = join(root, 'tests/fixtures/sample-gold');

export interface Case {
  name: string;
  docx: string;
  gold: GoldLine[];
  /** a re-typed variant of another case (same gold); reported, not pooled twice */
  variant: boolean;
}

export function corpusCases(dir = CORPUS_DIR): Case[] {
  if (!existsSync(dir)) return [];
  const cases: Case[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .sort()) {
    const name = f.slice(0, -'.docx'.length);
    const base = name.split('.')[0]!;
    const goldFile = join(dir, `${base}.gold.jsonl`);
    if (!existsSync(goldFile)) continue;
    cases.push({ name, docx: join(dir, f), gold: parseGold(readFileSync(goldFile, 'utf8')), variant: name !== base });
  }
  return cases;
}

/** The bundled fictional sample with our own labels: a check on a report that no rule was tuned on. */
export function sampleCase(): Case | null {
  const gold = join(SAMPLE_GOLD_DIR, 'voorbeeldverslag-2025.gold.jsonl');
  const docx = join(root, 'samples/voorbeeldverslag-2025.docx');
  if (!existsSync(gold) || !existsSync(docx)) return null;
  return { name: 'voorbeeldverslag-2025 (sample)', docx, gold: parseGold(readFileSync(gold, 'utf8')), variant: false };
}

export const HELDOUT_DIR = join(root, 'tests/fixtures/heldout');
export const HELDOUT_NAMES = ['kompas-2024', 'debrug-2025', 'horizon-2025'] as const;

/**
 * Held-out fictional reports with independently made gold labels (tests/fixtures/heldout, written by
 * scripts/make-heldout.ts): built unlike the corpus. A report whose .docx or gold is missing is left out.
 */
export function heldoutCases(dir = HELDOUT_DIR): Case[] {
  const cases: Case[] = [];
  for (const name of HELDOUT_NAMES) {
    const docx = join(dir, `${name}.docx`);
    const gold = join(dir, `${name}.gold.jsonl`);
    if (!existsSync(docx) || !existsSync(gold)) continue;
    cases.push({ name: `${name} (held-out)`, docx, gold: parseGold(readFileSync(gold, 'utf8')), variant: false });
  }
  return cases;
}
