// The readable report of the CLI: the map per pillar and theme, the checklist with required items first.
import type { Analysis, ChecklistStatus } from '../lib/schema';
import { REQUIRED_OPEN, STATUS_WORDS } from '../lib/checklist/status-words';
import { isUnsure } from '../lib/classify/rules';
import { scheduledFocus } from '../lib/knowledge/focus';
import { pillarName, themeName } from '../lib/knowledge/framework';
import { coverage } from '../lib/overview/coverage';
import { pick, type Lang } from '../lib/text/localised';
import { plural } from '../lib/text/plural';
import { num, pad } from './columns';

const T = {
  nl: {
    title: 'KKFZ-controle',
    year: 'Verslagjaar',
    unknown: 'onbekend (geef --year)',
    focus: "Focusthema's",
    none: 'geen',
    fromSchedule: 'jaarschema DJI',
    fromOption: 'opgegeven met --focus',
    noneChosen: 'geen (--focus none)',
    noYear: 'geen (verslagjaar onbekend; geef --year of --focus)',
    notScheduled: 'geen (niet in het jaarschema; geef --focus)',
    blocks: 'blokken',
    words: 'woorden',
    pillars: 'Pijlers',
    themes: "Thema's",
    checklist: 'Checklist',
    required: 'verplicht',
    recommended: 'aanbevolen',
    messages: 'Meldingen',
    detected: 'gevonden in',
    overridden: 'opgegeven',
    unsure: (n: number) =>
      `Onzeker ingedeeld: ${plural('nl', n, { one: 'blok', other: 'blokken' })} (controleer die eerst; --json: "unsure")`,
  },
  en: {
    title: 'KKFZ check',
    year: 'Reporting year',
    unknown: 'unknown (pass --year)',
    focus: 'Focus themes',
    none: 'none',
    fromSchedule: 'DJI schedule',
    fromOption: 'given with --focus',
    noneChosen: 'none (--focus none)',
    noYear: 'none (reporting year unknown; pass --year or --focus)',
    notScheduled: 'none (not in the schedule; pass --focus)',
    blocks: 'blocks',
    words: 'words',
    pillars: 'Pillars',
    themes: 'Themes',
    checklist: 'Checklist',
    required: 'required',
    recommended: 'recommended',
    messages: 'Messages',
    detected: 'found in',
    overridden: 'given',
    unsure: (n: number) =>
      `Mapped with little certainty: ${plural('en', n, { one: 'block', other: 'blocks' })} (check those first; --json: "unsure")`,
  },
};

const MARK = { present: '✓', thin: '~', missing: '✗' } as const;
/** what needs work stands out in a terminal: `aanwezig`, `DUN`, `ONTBREEKT` */
function statusWord(status: ChecklistStatus, lang: Lang): string {
  const word = STATUS_WORDS[lang][status];
  return status === 'present' ? word : word.toUpperCase();
}

/** "Focusthema's 2025 (jaarschema DJI): 2, 6, 9": the focus themes and where they came from. */
export function focusLine(a: Pick<Analysis, 'focusThemes' | 'focusSource' | 'effectiveYear'>, lang: Lang): string {
  const t = T[lang];
  const list = a.focusThemes.length ? a.focusThemes.join(', ') : t.none;
  switch (a.focusSource) {
    case 'year':
      if (a.effectiveYear === null) return `${t.focus}: ${t.noYear}`;
      if (scheduledFocus(a.effectiveYear) === null) return `${t.focus} ${a.effectiveYear}: ${t.notScheduled}`;
      return `${t.focus} ${a.effectiveYear} (${t.fromSchedule}): ${list}`;
    case 'options':
      return `${t.focus} (${t.fromOption}): ${list}`;
    case 'none':
      return `${t.focus}: ${t.noneChosen}`;
    default:
      return `${t.focus}: ${list}`;
  }
}

export function formatReport(file: string, a: Analysis, lang: Lang): string {
  const t = T[lang];
  const out: string[] = [];
  const cover = coverage(a);
  out.push(`${t.title}: ${file}`);
  const yearSource =
    a.effectiveYear !== a.year.year ? t.overridden : a.year.evidence ? `${t.detected} “${a.year.evidence}”` : '';
  out.push(`${t.year}: ${a.effectiveYear ?? t.unknown}${yearSource ? ` (${yearSource})` : ''}`);
  out.push(focusLine(a, lang));
  out.push('');
  out.push(`${pad(t.pillars, 44)}${t.blocks.padStart(8)}${t.words.padStart(9)}`);
  for (const p of cover.pillars)
    out.push(`  ${p.id} ${pad(pillarName(p.id), 40)}${num(p.blocks.length, 8)}${num(p.words, 9)}`);
  const unsure = a.mappings.filter(isUnsure).length;
  if (unsure) out.push(t.unsure(unsure));
  out.push('');
  out.push(`${pad(t.themes, 44)}${t.blocks.padStart(8)}${t.words.padStart(9)}`);
  for (const th of cover.themes)
    out.push(
      `  ${String(th.id).padStart(2)} ${pad(themeName(th.id), 39)}${num(th.blocks.length, 8)}${num(th.words, 9)}`,
    );
  out.push('');
  out.push(`${t.checklist}`);
  for (const c of a.checklist) {
    const level = c.level === 'required' ? t.required : t.recommended;
    out.push(
      `  ${MARK[c.status]} ${pad(statusWord(c.status, lang), 10)} ${pad(level, 11)} ${pad(c.id, 22)} ${c.label}${c.status === 'present' ? '' : ` — ${c.reason}`}`,
    );
  }
  const notes = a.messages;
  if (notes.length) {
    out.push('');
    out.push(t.messages);
    for (const m of notes) out.push(`  - ${pick(m, lang)}`);
  }
  const open = a.checklist.filter((c) => c.level === 'required' && c.status !== 'present').length;
  out.push('');
  out.push(`${REQUIRED_OPEN[lang](open)}.`);
  return `${out.join('\n')}\n`;
}
