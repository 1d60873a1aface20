// Plan, part one: which checklist item a form field asks for, with a score and the words that decided it.
// The same knowledge as the mapping (pillar and theme names, their terms, the checklist's headings), plus
// the ways forms phrase their questions (fill.json).
import { defaultProfile } from '../knowledge/checklist-profile';
import { framework } from '../knowledge/framework';
import { fillTerms } from '../knowledge/fill-terms';
import { compilePhrases } from '../knowledge/phrases';
import { readSignals, leadingPillar } from '../classify/signals';
import { fold } from '../text/normalize';
import type { FieldInfo, FieldSignals } from './field';

export interface FieldMatch {
  /** a checklist item id (`pillar-2`, `theme-6`, `omvang`, …), or null when nothing fits */
  target: string | null;
  /** 0..1 */
  score: number;
  /** why, in Dutch: which signal, which words */
  evidence: string;
}

interface Hit {
  target: string;
  raw: number;
  why: string;
}

// How much a kind of evidence says on its own: a number ("Thema 6") beats a name, a name beats a question's
// wording, and that beats words that merely belong to a topic.
const RAW = { number: 1, themeName: 0.9, pillarName: 0.88, item: 0.85, themeWords: 0.6, pillarWords: 0.55 };
/** Below this a field is left unmatched. */
const THRESHOLD = 0.45;
const AGREE_BONUS = 0.04;
const AGREE_MAX = 0.1;

const themeNames = compilePhrases<number>(framework.themes.flatMap((t) => [t.name, ...t.aliases].map((a) => [a, t.id] as [string, number])));
const pillarNames = compilePhrases<number>(framework.pillars.flatMap((p) => [p.name, ...p.aliases].map((a) => [a, p.id] as [string, number])));
const itemPhrases = compilePhrases<string>([
  ...defaultProfile.items.flatMap((item) => (item.kind === 'section' ? item.headings.filter((h) => !h.includes('{')).map((h) => [h, item.id] as [string, string]) : [])),
  ...Object.entries(fillTerms.items).flatMap(([id, list]) => list.map((p) => [p, id] as [string, string])),
]);
const personal = compilePhrases<true>(fillTerms.personal.map((p) => [p, true]));
const generic = new Set(fillTerms.generic.map(fold));

const NUMBERED_THEME = /(?<![\p{L}\p{N}])(?:thema|theme)\s*(1[0-4]|[1-9])(?![\p{N}])/u;
const NUMBERED_PILLAR = /(?<![\p{L}\p{N}])(?:pijler|pillar)\s*([1-5])(?![\p{N}])/u;
/** fields for an address, a phone number or a date: report text never goes there */
const NOT_FOR_TEXT = new Set(['email', 'tel', 'url', 'date', 'month', 'week', 'time', 'datetime-local', 'password']);

/** Every item a piece of text points to, strongest first; a theme before its pillar when equally strong. */
export function hitsIn(text: string): Hit[] {
  const folded = fold(text);
  const hits: Hit[] = [];
  const theme = NUMBERED_THEME.exec(folded);
  if (theme) hits.push({ target: `theme-${theme[1]}`, raw: RAW.number, why: `noemt thema ${theme[1]}` });
  const pillar = NUMBERED_PILLAR.exec(folded);
  if (pillar) hits.push({ target: `pillar-${pillar[1]}`, raw: RAW.number - 0.02, why: `noemt pijler ${pillar[1]}` });
  for (const h of themeNames.find(folded)) hits.push({ target: `theme-${h.entries[0]}`, raw: RAW.themeName, why: `noemt “${h.phrase}”` });
  for (const h of pillarNames.find(folded)) hits.push({ target: `pillar-${h.entries[0]}`, raw: RAW.pillarName, why: `noemt “${h.phrase}”` });
  for (const h of itemPhrases.find(folded)) hits.push({ target: h.entries[0]!, raw: RAW.item, why: `vraagt naar “${h.phrase}”` });
  const s = readSignals(text);
  const themes = [...s.themes].sort((a, b) => b[1].score - a[1].score);
  const total = themes.reduce((n, [, v]) => n + v.score, 0);
  const [top] = themes;
  if (top && top[1].score >= 3 && top[1].score >= total * 0.5) hits.push({ target: `theme-${top[0]}`, raw: RAW.themeWords, why: `woorden van thema ${top[0]}: ${top[1].phrases.join(', ')}` });
  const lead = leadingPillar(s);
  if (lead && lead.score >= 3 && lead.share >= 0.6) hits.push({ target: `pillar-${lead.pillar}`, raw: RAW.pillarWords, why: `woorden van pijler ${lead.pillar}: ${lead.phrases.join(', ')}` });
  const rank = (h: Hit) => (h.target.startsWith('theme-') ? 0 : h.target.startsWith('pillar-') ? 2 : 1);
  return hits.sort((a, b) => b.raw - a.raw || rank(a) - rank(b));
}

interface Signal {
  text: string;
  weight: number;
  /** how the evidence names it */
  name: string;
}

function ownSignals(s: FieldSignals): Signal[] {
  return [
    ...s.label.map((text, k) => ({ text, weight: 1 - 0.05 * k, name: 'label' })),
    { text: s.placeholder, weight: 0.95, name: 'voorbeeldtekst' },
    { text: s.tokens, weight: 0.8, name: 'veldnaam' },
  ].filter((x) => x.text);
}

function contextSignals(s: FieldSignals): Signal[] {
  return [
    { text: s.rowHeader, weight: 0.9, name: 'rijkop' },
    { text: s.colHeader, weight: 0.7, name: 'kolomkop' },
    { text: s.before, weight: 0.75, name: 'tekst ervoor' },
    { text: s.heading, weight: 0.75, name: 'kop' },
    { text: s.group, weight: 0.7, name: 'groep' },
    { text: s.description, weight: 0.6, name: 'beschrijving' },
  ].filter((x) => x.text);
}

/** A label of only words like "Toelichting", "Algemene toelichting op deze pijler": it names no topic. */
const isGeneric = (text: string) => (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => generic.has(w));

const themeOfPillar = (theme: string, pillar: string) => {
  const t = framework.themes.find((x) => `theme-${x.id}` === theme);
  return t !== undefined && `pillar-${t.pillar}` === pillar;
};
const agrees = (a: string, b: string) => a === b || themeOfPillar(a, b) || themeOfPillar(b, a);

function decide(signals: Signal[], all: Signal[]): FieldMatch | null {
  for (const sig of signals) {
    const best = hitsIn(sig.text)[0];
    if (!best) continue;
    const support = all.filter((o) => o !== sig && hitsIn(o.text).some((h) => h.raw >= RAW.pillarWords && agrees(h.target, best.target))).length;
    const score = Math.min(1, best.raw * sig.weight + Math.min(AGREE_MAX, support * AGREE_BONUS));
    if (score < THRESHOLD) continue;
    return { target: best.target, score: Math.round(score * 100) / 100, evidence: `${sig.name} “${sig.text}” ${best.why}` };
  }
  return null;
}

export function matchField(field: Pick<FieldInfo, 'signals' | 'inputType'>): FieldMatch {
  const s = field.signals;
  if (NOT_FOR_TEXT.has(field.inputType)) return { target: null, score: 0, evidence: `een ${field.inputType}-veld, geen plek voor verslagtekst` };
  const own = ownSignals(s);
  const context = contextSignals(s);
  const all = [...own, ...context];
  const byOwn = decide(own, all);
  if (byOwn) return byOwn;
  const label = own.find((x) => x.name === 'label' || x.name === 'voorbeeldtekst');
  if (label && personal.find(fold(label.text)).length) return { target: null, score: 0, evidence: `${label.name} “${label.text}” vraagt om eigen gegevens` };
  // a field with a label of its own that names nothing is not about the report, whatever the heading says
  if (label && !isGeneric(label.text)) return { target: null, score: 0, evidence: `${label.name} “${label.text}” noemt geen onderdeel van het kwaliteitskader` };
  return decide(context, all) ?? { target: null, score: 0, evidence: 'niets op de pagina wijst op een onderdeel van het kwaliteitskader' };
}
