// What one piece of text says about the KKFZ: which themes, pillars and quality aspects its words point to,
// which it names outright ("Pijler 2", "Thema 6: Opleidingsplan", a pillar's name) and which KKFZ articles it
// cites. Words are matched by their stems (lib/text/terms.ts).
import { framework, themePillar } from '../knowledge/framework';
import { aspectKnowledge, aspects } from '../knowledge/aspects';
import { compilePhrases } from '../knowledge/phrases';
import { numbered, pillarIds, shape, themeIds } from '../knowledge/shape';
import { compileTerms } from '../text/terms';
import { fold } from '../text/normalize';
import { countSource } from '../text/number-words';

export interface Score {
  score: number;
  phrases: string[];
}

export interface Signals {
  themes: Map<number, Score>;
  /** theme and aspect words rolled up to their pillar, plus the pillar's own words */
  pillars: Map<number, Score>;
  /** quality aspects by id */
  aspects: Map<string, Score>;
  /** pillars named by number or by name */
  namedPillars: number[];
  /** themes named by "Thema N" or by name */
  namedThemes: number[];
  /** pillars from KKFZ article citations such as "3.1.3 b)" (chapter 3 ↔ pillar 1) */
  articlePillars: number[];
  /** speaks of the pillars/themes/framework in general ("de vijf pijlers", "14 thema's") */
  aboutFramework: boolean;
  /** the terms found (as stems), for weighing a term by how common it is in the document */
  terms: string[];
}

/** How much each term counts in this document (1 = fully); a term found everywhere counts less. */
export type TermWeights = ReadonlyMap<string, number>;

type Target = { kind: 'theme' | 'pillar' | 'aspect'; id: number | string; weight: number };

const contentTerms = compileTerms<Target>([
  ...framework.themes.flatMap((t) =>
    t.terms.map(([p, w]) => [p, { kind: 'theme', id: t.id, weight: w }] as [string, Target]),
  ),
  ...framework.pillars.flatMap((p) =>
    p.terms.map(([ph, w]) => [ph, { kind: 'pillar', id: p.id, weight: w }] as [string, Target]),
  ),
  ...aspects.flatMap((a) =>
    a.terms.map(([ph, w]) => [ph, { kind: 'aspect', id: a.id, weight: w }] as [string, Target]),
  ),
]);
const aspectPillar = new Map(aspects.map((a) => [a.id, a.pillar]));

// A survey of a theme's (kkfz.json `surveys`), by whatever word the report uses for its clients: "bewonerstevredenheid",
// "ervaringsmeting onder patiënten", "tevredenheid van de deelnemers".
const clientStems = aspectKnowledge.clientWords.map((w) => fold(w).replace(/e$/, ''));
const CLIENT = `(?:${clientStems.join('|')})\\p{L}{0,3}`;
const SURVEYS = framework.themes.flatMap((t) =>
  (t.surveys ?? []).map(
    (p) => [new RegExp(`(?<![\\p{L}])${p.replaceAll('{client}', CLIENT)}`, 'gu'), t.id] as [RegExp, number],
  ),
);

// In running text only multi-word names and long compounds ("opleidingsplan") count as naming a pillar or
// theme: "samenwerken" or "herstel" alone is an ordinary word there (headings use all aliases: heading-topic).
const specific = ([a]: [string, number]) => /\s/.test(a.trim()) || a.length >= 12;
const pillarNames = compilePhrases<number>(shape.pillarNames.filter(specific));
const themeNames = compilePhrases<number>(shape.themeNames.filter(specific));

const NUMBERED_PILLAR = new RegExp(`\\b${numbered('pillar')}\\b`, 'g');
const NUMBERED_THEME = new RegExp(`\\b${numbered('theme')}\\b`, 'g');
// "3.1.3 b)", "4.1.6 b", "4.1.7c", "5.1.2.c", "6.1.1 (a t/m h)", or "artikel 5.1.2": a bare "3.1.3" is just as
// likely a report's own numbering
const ARTICLE =
  /(?:(?:artikel|art\.|kkfz|kwaliteitskader)\s{0,3}([3-7])\.[1-2]\.\d{1,2}(?![\d,])|(?<![\d.,])([3-7])\.[1-2]\.\d{1,2}(?:\s?[a-h]\)|\s?[a-h]\b|\.[a-h]\b|\s?\([a-h]\b))/g;
/** the framework itself by name: a chapter or a block about it ("Invoeren kwaliteitskader", "het KKFZ") */
export const FRAMEWORK_NAME = /kwaliteitskader|\bkkfz\b/;
const PILLARS = countSource(pillarIds.length);
const FRAMEWORK_WORDS = new RegExp(
  `\\b(?:${PILLARS}\\s+pijlers|${countSource(themeIds.length)}\\s+thema'?s|pijlers en thema|alle (?:${PILLARS} )?pijlers)`,
);

/** A score's phrases as a set as well, once it has many: `includes` alone made a block of thousands of distinct
 * compounds quadratic. */
const MANY_PHRASES = 32;
const phraseSets = new WeakMap<Score, Set<string>>();
function hasPhrase(s: Score, phrase: string): boolean {
  if (s.phrases.length < MANY_PHRASES) return s.phrases.includes(phrase);
  let set = phraseSets.get(s);
  if (!set) phraseSets.set(s, (set = new Set(s.phrases)));
  return set.has(phrase);
}

function add(map: Map<number | string, Score>, id: number | string, weight: number, phrase: string) {
  const s = map.get(id) ?? { score: 0, phrases: [] };
  s.score += weight;
  if (!hasPhrase(s, phrase)) {
    s.phrases.push(phrase);
    phraseSets.get(s)?.add(phrase);
  }
  map.set(id, s);
}

const uniq = (xs: number[]) => [...new Set(xs)];

export function readSignals(text: string, weights?: TermWeights): Signals {
  const folded = fold(text);
  const themes = new Map<number, Score>();
  const pillars = new Map<number, Score>();
  const aspectScores = new Map<string, Score>();
  const terms: string[] = [];
  for (const hit of contentTerms.find(folded)) {
    terms.push(hit.term);
    const factor = weights?.get(hit.term) ?? 1;
    // one phrase may serve several targets (e.g. "samenwerking": pillar 4 and theme 12); count each pillar once,
    // and a target named by two terms of one stem ("veilig", "veiligheid") once, at the higher weight
    const credited = new Set<number>();
    const best = new Map<string, Target>();
    for (const t of hit.entries) {
      const id = `${t.kind}:${t.id}`;
      if ((best.get(id)?.weight ?? 0) < t.weight) best.set(id, t);
    }
    for (const t of [...best.values()].sort((a, b) => b.weight - a.weight)) {
      const w = t.weight * factor;
      const pillar =
        t.kind === 'theme'
          ? themePillar(t.id as number)
          : t.kind === 'aspect'
            ? aspectPillar.get(t.id as string)!
            : (t.id as number);
      if (t.kind === 'theme') add(themes, t.id, w, hit.phrase);
      if (t.kind === 'aspect') add(aspectScores, t.id, w, hit.phrase);
      if (!credited.has(pillar)) {
        add(pillars, pillar, w, hit.phrase);
        credited.add(pillar);
      }
    }
  }
  for (const [re, theme] of SURVEYS) {
    for (const m of folded.matchAll(re)) {
      const have = themes.get(theme);
      if (have && hasPhrase(have, m[0])) continue;
      add(themes, theme, 3, m[0]);
      add(pillars, themePillar(theme), 3, m[0]);
    }
  }
  const namedPillars = [
    ...[...folded.matchAll(NUMBERED_PILLAR)].map((m) => Number(m[1])),
    ...pillarNames.find(folded).flatMap((h) => h.entries),
  ];
  const namedThemes = [
    ...[...folded.matchAll(NUMBERED_THEME)].map((m) => Number(m[1])),
    ...themeNames.find(folded).flatMap((h) => h.entries),
  ];
  return {
    themes,
    pillars,
    aspects: aspectScores,
    namedPillars: uniq(namedPillars),
    namedThemes: uniq(namedThemes),
    articlePillars: articlePillars(folded),
    aboutFramework: FRAMEWORK_WORDS.test(folded),
    terms,
  };
}

/** Pillars of the KKFZ articles cited in folded text (chapter 3 ↔ pillar 1 … chapter 7 ↔ pillar 5). */
export function articlePillars(folded: string): number[] {
  return uniq([...folded.matchAll(ARTICLE)].map((m) => Number(m[1] ?? m[2]) - 2));
}

/** The pillar the words point to, if one clearly leads: its score and its share of all pillar words. */
export function leadingPillar(
  s: Pick<Signals, 'pillars'>,
): { pillar: number; score: number; share: number; phrases: string[] } | null {
  let best: [number, Score] | null = null;
  let total = 0;
  for (const entry of s.pillars) {
    total += entry[1].score;
    if (!best || entry[1].score > best[1].score) best = entry;
  }
  if (!best || total === 0) return null;
  return { pillar: best[0], score: best[1].score, share: best[1].score / total, phrases: best[1].phrases };
}

/** Several blocks' words added up (a section's body). */
export function sumSignals(list: Signals[]): Pick<Signals, 'pillars' | 'themes' | 'aspects'> {
  const sum = <K>(pick: (s: Signals) => Map<K, Score>) => {
    const out = new Map<K, Score>();
    for (const s of list)
      for (const [k, v] of pick(s)) {
        const o = out.get(k) ?? { score: 0, phrases: [] };
        o.score += v.score;
        for (const p of v.phrases) if (!o.phrases.includes(p) && o.phrases.length < 8) o.phrases.push(p);
        out.set(k, o);
      }
    return out;
  };
  return { pillars: sum((s) => s.pillars), themes: sum((s) => s.themes), aspects: sum((s) => s.aspects) };
}
