// What one piece of text says about the KKFZ: which themes, pillars and quality aspects its words point to,
// which it names outright ("Pijler 2", "Thema 6: Opleidingsplan", a pillar's name) and which KKFZ articles it
// cites. Words are matched by their stems (lib/text/terms.ts).
import { framework, themePillar } from '../knowledge/framework';
import { aspectKnowledge, aspects } from '../knowledge/aspects';
import { compilePhrases } from '../knowledge/phrases';
import { compileTerms } from '../text/terms';
import { fold } from '../text/normalize';

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
  ...framework.themes.flatMap((t) => t.terms.map(([p, w]) => [p, { kind: 'theme', id: t.id, weight: w }] as [string, Target])),
  ...framework.pillars.flatMap((p) => p.terms.map(([ph, w]) => [ph, { kind: 'pillar', id: p.id, weight: w }] as [string, Target])),
  ...aspects.flatMap((a) => a.terms.map(([ph, w]) => [ph, { kind: 'aspect', id: a.id, weight: w }] as [string, Target])),
]);
const aspectPillar = new Map(aspects.map((a) => [a.id, a.pillar]));

// A survey among clients, by whatever word the report uses for them: "bewonerstevredenheid",
// "ervaringsmeting onder patiënten", "tevredenheid van de deelnemers" (theme 10); among staff: theme 11.
const clientStems = aspectKnowledge.clientWords.map((w) => fold(w).replace(/e$/, ''));
const SURVEY = '(?:tevredenheid\\p{L}*|ervaring\\p{L}*|meting\\p{L}*|enquete\\p{L}*|peiling\\p{L}*|vragenlijst\\p{L}*|onderzoek\\p{L}*)';
const CLIENT = `(?:${clientStems.join('|')})\\p{L}{0,3}`;
const SURVEYS: [RegExp, number][] = [
  [new RegExp(`(?<![\\p{L}])${CLIENT}${SURVEY}`, 'gu'), 10],
  [new RegExp(`(?<![\\p{L}])(?:tevredenheid|ervaring\\p{L}*|meting\\p{L}*|enquete|peiling)\\s+(?:\\p{L}+\\s+){0,2}(?:van|onder|bij)\\s+(?:de\\s+|onze\\s+)?${CLIENT}(?![\\p{L}])`, 'gu'), 10],
  [new RegExp(`(?<![\\p{L}])(?:medewerker|personeel|werknemer)\\p{L}{0,3}${SURVEY}`, 'gu'), 11],
  [new RegExp(`(?<![\\p{L}])(?:tevredenheid|ervaring\\p{L}*|meting\\p{L}*|enquete|peiling)\\s+(?:\\p{L}+\\s+){0,2}(?:van|onder|bij)\\s+(?:de\\s+|onze\\s+)?(?:medewerkers|personeel|werknemers)(?![\\p{L}])`, 'gu'), 11],
];

// In running text only multi-word names and long compounds ("opleidingsplan") count as naming a pillar or
// theme: "samenwerken" or "herstel" alone is an ordinary word there (headings use all aliases: heading-topic).
const specific = (name: string, aliases: string[]) => [name, ...aliases].filter((a) => /\s/.test(a.trim()) || a.length >= 12);
const pillarNames = compilePhrases<number>(framework.pillars.flatMap((p) => specific(p.name, p.aliases).map((a) => [a, p.id] as [string, number])));
const themeNames = compilePhrases<number>(framework.themes.flatMap((t) => specific(t.name, t.aliases).map((a) => [a, t.id] as [string, number])));

const NUMBERED_PILLAR = /\bpijler\s{0,3}([1-5])\b/g;
const NUMBERED_THEME = /\bthema\s{0,3}(1[0-4]|[1-9])\b/g;
// "3.1.3 b)", "4.1.6 b", "4.1.7c", "5.1.2.c", "6.1.1 (a t/m h)", or "artikel 5.1.2": a bare "3.1.3" is just as
// likely a report's own numbering
const ARTICLE = /(?:(?:artikel|art\.|kkfz|kwaliteitskader)\s{0,3}([3-7])\.[1-2]\.\d{1,2}(?![\d,])|(?<![\d.,])([3-7])\.[1-2]\.\d{1,2}(?:\s?[a-h]\)|\s?[a-h]\b|\.[a-h]\b|\s?\([a-h]\b))/g;
/** the framework itself by name: a chapter or a block about it ("Invoeren kwaliteitskader", "het KKFZ") */
export const FRAMEWORK_NAME = /kwaliteitskader|\bkkfz\b/;
const FRAMEWORK_WORDS = /\b(?:(?:vijf|5)\s+pijlers|(?:veertien|14)\s+thema'?s|pijlers en thema|alle (?:5 |vijf )?pijlers)/;

function add(map: Map<number | string, Score>, id: number | string, weight: number, phrase: string) {
  const s = map.get(id) ?? { score: 0, phrases: [] };
  s.score += weight;
  if (!s.phrases.includes(phrase)) s.phrases.push(phrase);
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
      const pillar = t.kind === 'theme' ? themePillar(t.id as number) : t.kind === 'aspect' ? aspectPillar.get(t.id as string)! : (t.id as number);
      if (t.kind === 'theme') add(themes as Map<number | string, Score>, t.id, w, hit.phrase);
      if (t.kind === 'aspect') add(aspectScores as Map<number | string, Score>, t.id, w, hit.phrase);
      if (!credited.has(pillar)) {
        add(pillars as Map<number | string, Score>, pillar, w, hit.phrase);
        credited.add(pillar);
      }
    }
  }
  for (const [re, theme] of SURVEYS) {
    for (const m of folded.matchAll(re)) {
      const have = themes.get(theme);
      if (have?.phrases.includes(m[0])) continue;
      add(themes as Map<number | string, Score>, theme, 3, m[0]);
      add(pillars as Map<number | string, Score>, themePillar(theme), 3, m[0]);
    }
  }
  const namedPillars = [...[...folded.matchAll(NUMBERED_PILLAR)].map((m) => Number(m[1])), ...pillarNames.find(folded).flatMap((h) => h.entries)];
  const namedThemes = [...[...folded.matchAll(NUMBERED_THEME)].map((m) => Number(m[1])), ...themeNames.find(folded).flatMap((h) => h.entries)];
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
export function leadingPillar(s: Pick<Signals, 'pillars'>): { pillar: number; score: number; share: number; phrases: string[] } | null {
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
