// `kkfz compare <vorig-jaar.docx> <dit-jaar.docx>`: this year's report next to last year's, section by section
// in KKFZ order — copied unchanged (and possibly stale, with why), reworded, new, left out. Exit 0, or 2.
import { compareYears, type YearComparison } from '../lib/carry/compare';
import { sectionTitle } from '../lib/carry/sections';
import type { Analysis } from '../lib/schema';
import { analyseFile, clip, type Invocation, type Lang } from './common';
import { flagJson, flagLines } from './carry';
import { num, pad } from './columns';

const T = {
  nl: {
    title: 'KKFZ-vergelijking',
    unknown: 'jaar onbekend',
    totals: (u: number, s: number, c: number, a: number, r: number) =>
      `${u} ongewijzigd overgenomen, waarvan ${s} mogelijk verouderd · ${c} gewijzigd · ${a} nieuw · ${r} weggelaten`,
    sections: 'Per pijler en thema',
    columns: ['ongewijzigd', 'verouderd', 'gewijzigd', 'nieuw', 'weggelaten'],
    stale: 'Ongewijzigd overgenomen, mogelijk verouderd',
    changed: 'Gewijzigd',
    removed: 'Weggelaten (stond er vorig jaar wel in)',
    was: 'was',
    same: 'gelijk',
    none: 'geen',
  },
  en: {
    title: 'KKFZ comparison',
    unknown: 'year unknown',
    totals: (u: number, s: number, c: number, a: number, r: number) =>
      `${u} carried over unchanged, of which ${s} possibly out of date · ${c} changed · ${a} new · ${r} left out`,
    sections: 'By pillar and theme',
    columns: ['unchanged', 'stale', 'changed', 'new', 'left out'],
    stale: 'Carried over unchanged, possibly out of date',
    changed: 'Changed',
    removed: 'Left out (there last year)',
    was: 'was',
    same: 'same',
    none: 'none',
  },
} as const;

export function compareJson(
  previousFile: string,
  currentFile: string,
  before: Analysis,
  now: Analysis,
  c: YearComparison,
  lang: Lang,
) {
  const prev = before.document.blocks;
  const cur = now.document.blocks;
  return {
    previous: previousFile,
    current: currentFile,
    fromYear: c.fromYear,
    year: c.year,
    totals: c.totals,
    sections: c.sections.map((s) => ({
      pillar: s.pillar,
      theme: s.theme,
      title: sectionTitle(s, lang),
      unchanged: s.unchanged.map((u) => ({
        i: u.i,
        previous: u.previous,
        text: cur[u.i]!.text,
        flags: u.flags.map((f) => flagJson(f, lang)),
      })),
      changed: s.changed.map((x) => ({
        i: x.i,
        previous: x.previous,
        similarity: Math.round(x.similarity * 1000) / 1000,
        text: cur[x.i]!.text,
        diff: x.diff,
      })),
      added: s.added.map((i) => ({ i, text: cur[i]!.text })),
      removed: s.removed.map((i) => ({ previous: i, text: prev[i]!.text })),
    })),
  };
}

export function formatCompare(
  previousFile: string,
  currentFile: string,
  before: Analysis,
  now: Analysis,
  c: YearComparison,
  lang: Lang,
): string {
  const t = T[lang];
  const prev = before.document.blocks;
  const cur = now.document.blocks;
  const { totals } = c;
  const out = [
    `${t.title}: ${previousFile} (${c.fromYear ?? t.unknown}) → ${currentFile} (${c.year ?? t.unknown})`,
    t.totals(totals.unchanged, totals.stale, totals.changed, totals.added, totals.removed),
    '',
  ];
  out.push(`${pad(t.sections, 48)}${t.columns.map((h) => h.padStart(12)).join('')}`);
  for (const s of c.sections) {
    const row = [
      s.unchanged.length,
      s.unchanged.filter((u) => u.flags.length).length,
      s.changed.length,
      s.added.length,
      s.removed.length,
    ];
    out.push(`  ${pad(sectionTitle(s, lang), 46)}${row.map((n) => num(n, 12)).join('')}`);
  }
  const part = (title: string, lines: (s: YearComparison['sections'][number]) => string[]) => {
    const bySection = c.sections.map((s) => [sectionTitle(s, lang), lines(s)] as const).filter(([, l]) => l.length);
    out.push('', `${title}:${bySection.length ? '' : ` ${t.none}`}`);
    for (const [name, l] of bySection) out.push('', name, ...l);
  };
  part(t.stale, (s) =>
    s.unchanged
      .filter((u) => u.flags.length)
      .flatMap((u) => [
        `  #${String(u.i).padEnd(4)} ${clip(cur[u.i]!.text, 100)}`,
        ...flagLines(u.flags, lang, '        '),
      ]),
  );
  part(t.changed, (s) =>
    s.changed.map(
      (x) =>
        `  #${String(x.i).padEnd(4)} (${t.was} #${x.previous}, ${Math.round(x.similarity * 100)}% ${t.same}) ${clip(cur[x.i]!.text, 80)}`,
    ),
  );
  part(t.removed, (s) => s.removed.map((i) => `  #${String(i).padEnd(4)} ${clip(prev[i]!.text, 100)}`));
  return `${out.join('\n')}\n`;
}

export async function compare(inv: Invocation): Promise<number> {
  const [previousFile, currentFile] = inv.args as [string, string];
  const before = await analyseFile(inv, previousFile);
  if (!before.ok) return before.error;
  const now = await analyseFile(inv, currentFile);
  if (!now.ok) return now.error;
  const c = compareYears(before.value, now.value);
  inv.io.stdout(
    inv.json
      ? `${JSON.stringify(compareJson(previousFile, currentFile, before.value, now.value, c, inv.lang))}\n`
      : formatCompare(previousFile, currentFile, before.value, now.value, c, inv.lang),
  );
  return 0;
}
