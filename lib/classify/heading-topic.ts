// What a heading says its section is about. Pillars are recognised by name as well as by number, and the
// name wins when they disagree: reports number and order the pillars their own way.
import { framework, themePillar } from '../knowledge/framework';
import { compilePhrases } from '../knowledge/phrases';
import { fold, countWords } from '../text/normalize';
import { readSignals, leadingPillar } from './signals';

export type HeadingTopic =
  /** names a pillar ("PIJLER 2 - …", "Samenwerking met ketenpartners") or a theme by number ("Thema 5: …"): its section is that pillar's */
  | { kind: 'pillar'; pillar: number; themes: number[]; byNumberOnly: boolean; evidence: string }
  /** general chapter: planning, outlook, the framework; `framing` for introduction, mission, organisation */
  | { kind: 'general'; pillar: 0; themes: number[]; framing: boolean; evidence: string }
  /** figures and results: kengetallen, omvang, prestatie-indicatoren */
  | { kind: 'results'; pillar: 5; themes: number[]; evidence: string }
  /** words that point to a pillar or theme ("Risicomanagement", "Cliënttevredenheid") */
  | { kind: 'topic'; pillar: number; themes: number[]; evidence: string }
  | { kind: 'none'; themes: number[] };

const pillarAliases = compilePhrases<number>(framework.pillars.flatMap((p) => [p.name, ...p.aliases].map((a) => [a, p.id] as [string, number])));
const themeAliases = compilePhrases<number>(framework.themes.flatMap((t) => [t.name, ...t.aliases].map((a) => [a, t.id] as [string, number])));
const generalWords = compilePhrases<boolean>([
  ...framework.headings.framing.map((w) => [w, true] as [string, boolean]),
  ...framework.headings.general.map((w) => [w, false] as [string, boolean]),
]);
const resultWords = compilePhrases<true>(framework.headings.results.map((w) => [w, true] as [string, true]));

/** "3.", "4.2", "Hoofdstuk 3:", "H3" in front of the words */
const PREFIX = /^(?:(?:hoofdstuk|h)\s*\d+[.:]?\s*|\d+(?:\.\d+)*\.?\s+|[ivx]+\.\s+)/;
const PILLAR_NUMBER = /\bpijler\s*([1-5])\b/;
const THEME_NUMBER = /\bthema\s*(1[0-4]|[1-9])\b/;

/** An alias counts when it opens the heading (after numbering and a "Pijler N:"/"Thema N:" label). */
function leadingAlias<T>(words: string, matcher: ReturnType<typeof compilePhrases<T>>): T | null {
  const hit = matcher.find(words).find((h) => h.start === 0);
  return hit ? hit.entries[0]! : null;
}

/** A folded heading's words without its numbering and a leading "Pijler N:"/"Thema N:" label. */
export function headingWords(folded: string): string {
  return folded
    .trim()
    .replace(PREFIX, '')
    .replace(/^(?:pijler|thema)\s*\d*\s*[:.\-–—]?\s*/, '')
    .trim();
}

export function readHeadingTopic(text: string): HeadingTopic {
  const folded = fold(text).trim();
  const words = headingWords(folded);
  const signals = readSignals(text);
  const contentThemes = [...signals.themes].filter(([, s]) => s.score >= 2).map(([t]) => t);

  const themeNumber = THEME_NUMBER.exec(folded);
  if (themeNumber) {
    const byName = leadingAlias(words, themeAliases);
    const theme = byName ?? Number(themeNumber[1]);
    return { kind: 'pillar', pillar: themePillar(theme), themes: [theme], byNumberOnly: false, evidence: `kop noemt thema ${theme}: “${text}”` };
  }
  const pillarNumber = PILLAR_NUMBER.exec(folded);
  const pillarByName = leadingAlias(words, pillarAliases);
  if (pillarNumber || pillarByName !== null) {
    const pillar = pillarByName ?? Number(pillarNumber![1]);
    const how = pillarByName !== null ? 'noemt pijler' : 'nummert pijler';
    return { kind: 'pillar', pillar, themes: [], byNumberOnly: pillarByName === null, evidence: `kop ${how} ${pillar}: “${text}”` };
  }
  const theme = countWords(words) <= 6 ? leadingAlias(words, themeAliases) : null;
  if (theme !== null) {
    return { kind: 'topic', pillar: themePillar(theme), themes: [theme], evidence: `kop noemt thema ${theme}: “${text}”` };
  }
  const general = generalWords.find(words).find((h) => h.start === 0);
  if (general) {
    return { kind: 'general', pillar: 0, themes: contentThemes, framing: general.entries[0]!, evidence: `algemene kop: “${text}”` };
  }
  if (resultWords.find(words).length) {
    // plain figures carry no theme: a theme must be named ("Vervolgzorg") to count here
    return { kind: 'results', pillar: 5, themes: [], evidence: `kop over cijfers of resultaten: “${text}”` };
  }
  const lead = leadingPillar(signals);
  if (lead && lead.score >= 2 && lead.share >= 0.6) {
    return { kind: 'topic', pillar: lead.pillar, themes: contentThemes, evidence: `kop met woorden van pijler ${lead.pillar}: ${lead.phrases.join(', ')}` };
  }
  if (signals.articlePillars.length === 1) {
    const pillar = signals.articlePillars[0]!;
    return { kind: 'topic', pillar, themes: contentThemes, evidence: `kop verwijst naar KKFZ-artikel van pijler ${pillar}` };
  }
  return { kind: 'none', themes: contentThemes };
}
