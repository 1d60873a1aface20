// What a heading says its section is about. Pillars are recognised by name as well as by number, and the
// name wins when they disagree: reports number and order the pillars their own way. A heading that names no
// pillar may still name a theme, a quality aspect (in its own words), key figures or a general part; an
// appendix heading says nothing of its own and leaves it to its content.
import { framework, themePillar } from '../knowledge/framework';
import { aspectKnowledge, aspects } from '../knowledge/aspects';
import { compilePhrases } from '../knowledge/phrases';
import { numbered, shape } from '../knowledge/shape';
import { compileTerms } from '../text/terms';
import { fold, countWords } from '../text/normalize';
import { readSignals, leadingPillar, articlePillars, FRAMEWORK_NAME } from './signals';
import type { RuleId } from './rules';

interface Base {
  evidence: string;
  rule: RuleId;
}
export type HeadingTopic =
  /** names a pillar ("PIJLER 2 - …", "Samenwerking met ketenpartners") or a theme by number ("Thema 5: …"): its section is that pillar's */
  | (Base & { kind: 'pillar'; pillar: number; themes: number[]; byNumber: boolean })
  /** general chapter: planning, outlook, the framework; `framing` for introduction, mission, organisation */
  | (Base & { kind: 'general'; pillar: 0; themes: number[]; framing: boolean })
  /** figures and results: kengetallen, omvang, prestatie-indicatoren; `specific` unless only "resultaten" */
  | (Base & { kind: 'results'; pillar: 5; themes: number[]; specific: boolean })
  /** a theme's name, a quality aspect, words or an article that point to a pillar ("Risicomanagement", "Goed bestuur") */
  | (Base & { kind: 'topic'; pillar: number; themes: number[] })
  /** an appendix or a heading without words of its own: its content decides; `template` for a heading the
   * report repeats in every section ("Algemeen beeld", "Reflectie") */
  | { kind: 'none'; themes: number[]; appendix: boolean; template?: boolean };

const { pillarNameMatcher: pillarAliases, themeNameMatcher: themeAliases } = shape;
const generalWords = compilePhrases<boolean>([
  ...framework.headings.framing.map((w) => [w, true] as [string, boolean]),
  ...framework.headings.general.map((w) => [w, false] as [string, boolean]),
]);
/** key-figure chapters by their words and the compounds built on them ("Kerngetallen", "Jaarcijfers") */
export const keyFigureHeadings = compileTerms<true>(
  aspectKnowledge.keyFigures.headings.map((w) => [w, true] as [string, true]),
);
/** words that say "results" without saying which: a named theme or aspect after them decides */
const GENERIC_RESULTS = /^(?:meet)?resultat?en?$|^resultaat$/;

/** "3.", "4.2", "4.3 b)", "Hoofdstuk 3:", "H3", "III." in front of the words */
const PREFIX =
  /^(?:(?:hoofdstuk|h)\s{0,3}\d{1,2}[.:]?\s*|\d{1,2}(?:\.\d{1,2}){0,4}\.?(?:\s?[a-h]\))?\s+|[ivx]{1,5}\.\s+|[a-h]\)\s+)/;
const LABEL = new RegExp(`^(?:${shape.labels})\\s{0,3}(?:${shape.anyNumber})?\\s{0,3}[:.\\-–—]?\\s*`);
/** "Bijlage 1:", "Bijlage bij hoofdstuk 2:", "Bijlage A -" */
const APPENDIX = new RegExp(
  `^(?:bijlage|bijlagen|appendix)\\b(?:\\s{1,3}(?:\\d{1,2}|[a-z]\\b|[ivx]{1,4}\\b))?(?:\\s{1,3}bij\\s{1,3}(?:hoofdstuk|${shape.labels}|paragraaf)?\\s{0,3}[\\d.]*)?\\s*[:.\\-–—]?\\s*`,
);
/** "Over De Brug", "Over ons": the organisation introduces itself */
const ABOUT = /^over(?:\s+\S+){1,4}$/;
/** "Informatie per pijler", "De pijlers en thema's": a chapter over all pillars, no pillar of its own */
const OVERVIEW = /\bpijlers\b|\bper pijler\b|\bthema'?s\b/;
const PILLAR_NUMBER = new RegExp(`\\b${numbered('pillar')}\\b`);
const THEME_NUMBER = new RegExp(`\\b${numbered('theme')}\\b`);

/** An alias counts when it opens the heading (after numbering and a "Pijler N:"/"Thema N:" label). */
function leadingAlias<T>(words: string, matcher: ReturnType<typeof compilePhrases<T>>): T | null {
  const hit = matcher.find(words).find((h) => h.start === 0);
  return hit ? hit.entries[0]! : null;
}

/** A folded heading's words without its numbering and a leading "Pijler N:"/"Thema N:" label. */
export function headingWords(folded: string): string {
  return folded.trim().replace(PREFIX, '').replace(LABEL, '').trim();
}

/** The quality aspect a heading's words name best, if they clearly name one. */
function headingAspect(s: ReturnType<typeof readSignals>): { id: string; score: number; phrases: string[] } | null {
  let best: { id: string; score: number; phrases: string[] } | null = null;
  for (const [id, v] of s.aspects) if (!best || v.score > best.score) best = { id, ...v };
  return best && best.score >= 2 ? best : null;
}

export function readHeadingTopic(text: string): HeadingTopic {
  const folded = fold(text).trim();
  let words = headingWords(folded);
  const appendix = APPENDIX.exec(words);
  if (appendix) words = words.slice(appendix[0].length).trim();
  const signals = readSignals(words);
  const contentThemes = [...signals.themes].filter(([, s]) => s.score >= 2).map(([t]) => t);

  const themeNumber = THEME_NUMBER.exec(folded);
  if (themeNumber) {
    const byName = leadingAlias(words, themeAliases);
    const theme = byName ?? Number(themeNumber[1]);
    return {
      kind: 'pillar',
      pillar: themePillar(theme),
      themes: [theme],
      byNumber: true,
      rule: 'kop-thema',
      evidence: `kop noemt thema ${theme}: “${text}”`,
    };
  }
  const pillarNumber = PILLAR_NUMBER.exec(folded);
  const pillarByName = leadingAlias(words, pillarAliases);
  if (pillarNumber || pillarByName !== null) {
    const pillar = pillarByName ?? Number(pillarNumber![1]);
    const how = pillarByName !== null ? 'noemt pijler' : 'nummert pijler';
    // "Kwaliteitsmanagementsysteem" names pillar 3 and, longer, theme 8: a pillar heading carries no theme, this one does
    const longer = (m: ReturnType<typeof compilePhrases<number>>) =>
      m.find(words).find((h) => h.start === 0)?.phrase.length ?? 0;
    const theme = longer(themeAliases) >= longer(pillarAliases) ? leadingAlias(words, themeAliases) : null;
    return {
      kind: 'pillar',
      pillar,
      themes: theme !== null && themePillar(theme) === pillar ? [theme] : [],
      byNumber: pillarNumber !== null,
      rule: 'kop-pijler',
      evidence: `kop ${how} ${pillar}: “${text}”`,
    };
  }
  if (!words) return { kind: 'none', themes: [], appendix: appendix !== null };

  const theme = countWords(words) <= 6 ? leadingAlias(words, themeAliases) : null;
  const keyFigures = keyFigureHeadings.find(words);
  const specificFigures = keyFigures.some((h) => !GENERIC_RESULTS.test(h.phrase));
  if (specificFigures) {
    // plain figures carry no theme: a theme must be named ("Prestatie-indicator continuïteit van zorg") to count
    const named = signals.namedThemes.length ? signals.namedThemes : theme !== null ? [theme] : [];
    return {
      kind: 'results',
      pillar: 5,
      themes: named,
      specific: true,
      rule: 'kop-kengetallen',
      evidence: `kop over kengetallen: “${text}”`,
    };
  }
  if (theme !== null) {
    return {
      kind: 'topic',
      pillar: themePillar(theme),
      themes: [theme],
      rule: 'kop-thema',
      evidence: `kop noemt thema ${theme}: “${text}”`,
    };
  }
  // a KKFZ article cited in the heading, in its numbering too ("3.1.3 b) …"): the framework's own number
  const articles = articlePillars(folded);
  if (articles.length === 1) {
    const pillar = articles[0]!;
    return {
      kind: 'topic',
      pillar,
      themes: contentThemes,
      rule: 'kop-artikel',
      evidence: `kop verwijst naar KKFZ-artikel van pijler ${pillar}`,
    };
  }
  const aspect = headingAspect(signals);
  const general = generalWords.find(words).find((h) => h.start === 0);
  // "Visie op goed bestuur" is the governance aspect, "Missie en visie" a general part: the aspect wins when it is named
  if (aspect && (!general || aspect.score >= 3)) {
    const a = aspects.find((x) => x.id === aspect.id)!;
    return {
      kind: 'topic',
      pillar: a.pillar,
      themes: contentThemes.length ? contentThemes : a.themes,
      rule: 'kop-kwaliteitsaspect',
      evidence: `kop over het kwaliteitsaspect “${a.title}”${a.article ? ` (${a.article})` : ''}: ${aspect.phrases.join(', ')}`,
    };
  }
  if (general || ABOUT.test(words) || OVERVIEW.test(words) || FRAMEWORK_NAME.test(words)) {
    const framing = general ? general.entries[0]! : ABOUT.test(words) || FRAMEWORK_NAME.test(words);
    return {
      kind: 'general',
      pillar: 0,
      themes: contentThemes,
      framing,
      rule: 'kop-algemeen',
      evidence: `algemene kop: “${text}”`,
    };
  }
  const lead = leadingPillar(signals);
  if (keyFigures.length && !(lead && lead.score >= 3)) {
    return {
      kind: 'results',
      pillar: 5,
      themes: [],
      specific: false,
      rule: 'kop-kengetallen',
      evidence: `kop over resultaten: “${text}”`,
    };
  }
  if (lead && lead.score >= 2 && lead.share >= 0.6) {
    return {
      kind: 'topic',
      pillar: lead.pillar,
      themes: contentThemes,
      rule: 'kop-woorden',
      evidence: `kop met woorden van pijler ${lead.pillar}: ${lead.phrases.join(', ')}`,
    };
  }
  return { kind: 'none', themes: contentThemes, appendix: appendix !== null };
}
