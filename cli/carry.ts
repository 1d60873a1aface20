// `kkfz carry <verslag.docx> [--year N] [--out concept.docx]`: the report over year N as the start of the one
// over N+1 — per section what needs updating and why; --out writes the draft as .docx. Exit 0, or 2.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { exportCarryDocx } from '../lib/carry/export-docx';
import { carryForward, draftFocus } from '../lib/carry/forward';
import { DRAFT_WORDS } from '../lib/carry/draft-words';
import { sectionKey, sectionTitle } from '../lib/carry/sections';
import type { CarryDraft, CarryState, StaleFlag } from '../lib/schema';
import { analyseInvocation, clip, fail, type Invocation, type Lang } from './common';
import { pad } from './columns';

// the draft's counts, focus line, block kinds and reasons are the view's words too: lib/carry/draft-words.ts
const T = {
  nl: {
    ...DRAFT_WORDS.nl,
    title: 'KKFZ-concept',
    year: 'Verslagjaar',
    draftFor: 'concept voor',
    toUpdate: 'Bij te werken, per pijler en thema',
    nothing: 'Niets om bij te werken.',
    whole: 'bijwerken (geen markering)',
    written: 'Geschreven',
  },
  en: {
    ...DRAFT_WORDS.en,
    title: 'KKFZ draft',
    year: 'Reporting year',
    draftFor: 'draft for',
    toUpdate: 'To update, by pillar and theme',
    nothing: 'Nothing to update.',
    whole: 'update (no flag)',
    written: 'Written',
  },
} as const;

export const flagJson = (f: StaleFlag, lang: Lang) => ({
  reason: f.reason,
  start: f.start,
  end: f.end,
  evidence: f.evidence,
  message: f[lang],
});

/** Each reason once (two flags may explain the same thing in the same words). */
export const distinctFlags = (flags: readonly StaleFlag[], lang: Lang) => [
  ...new Map(flags.map((f) => [`${f.reason}\u0000${f[lang]}`, f])).values(),
];

/** The flags of a block, indented under it: the reason's name, then why. */
export function flagLines(flags: readonly StaleFlag[], lang: Lang, indent: string): string[] {
  return distinctFlags(flags, lang).map((f) => `${indent}${pad(T[lang].reasons[f.reason], 14)}${f[lang]}`);
}

export function countStates(draft: CarryDraft): Record<CarryState, number> {
  const counts = { keep: 0, update: 0, drop: 0 };
  for (const item of draft.items) counts[item.state]++;
  return counts;
}

export function carryJson(file: string, draft: CarryDraft, lang: Lang) {
  return {
    file,
    fromYear: draft.fromYear,
    year: draft.year,
    items: draft.items.map((x) => ({
      i: x.i,
      pillar: x.pillar,
      theme: x.theme,
      state: x.state,
      text: x.text,
      flags: x.flags.map((f) => flagJson(f, lang)),
    })),
    counts: countStates(draft),
  };
}

export function formatCarry(file: string, draft: CarryDraft, lang: Lang): string {
  const t = T[lang];
  const out = [
    `${t.title}: ${file}`,
    `${t.year}: ${draft.fromYear} → ${t.draftFor} ${draft.year} (“${draft.title}”)`,
    t.counts(countStates(draft)),
    t.focus(draft.year, draftFocus(draft)),
    '',
  ];
  const update = draft.items.filter((x) => x.state === 'update');
  if (!update.length) out.push(t.nothing);
  else out.push(`${t.toUpdate}:`);
  let section = '';
  for (const x of update) {
    if (sectionKey(x) !== section) {
      section = sectionKey(x);
      out.push('', sectionTitle(x, lang));
    }
    out.push(`  #${String(x.i).padEnd(4)} ${pad(t.kinds[x.kind], 10)} ${clip(x.text, 90)}`);
    out.push(...(x.flags.length ? flagLines(x.flags, lang, ' '.repeat(18)) : [`${' '.repeat(18)}${t.whole}`]));
  }
  return `${out.join('\n')}\n`;
}

export async function carry(inv: Invocation): Promise<number> {
  const read = await analyseInvocation(inv);
  if (!read.ok) return read.error;
  const { analysis, file } = read.value;
  if (analysis.effectiveYear === null) {
    return fail(
      inv,
      `Geen verslagjaar gevonden in ${file}: geef het op met --year JAAR.`,
      `No reporting year found in ${file}: pass it with --year YEAR.`,
      'no-year',
      file,
    );
  }
  const draft = carryForward(analysis, {
    id: randomUUID(),
    reportId: file,
    sourceDraftId: file,
    organisation: '',
    fromYear: analysis.effectiveYear,
    now: new Date().toISOString(),
  });
  if (inv.out !== undefined) {
    try {
      await writeFile(inv.out, await exportCarryDocx(draft, { language: inv.lang }));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return fail(
        inv,
        `Kan ${inv.out} niet schrijven: ${why}`,
        `Cannot write ${inv.out}: ${why}`,
        'write-failed',
        file,
      );
    }
  }
  if (inv.json) inv.io.stdout(`${JSON.stringify(carryJson(file, draft, inv.lang))}\n`);
  else
    inv.io.stdout(
      formatCarry(file, draft, inv.lang) + (inv.out !== undefined ? `\n${T[inv.lang].written}: ${inv.out}\n` : ''),
    );
  return 0;
}
