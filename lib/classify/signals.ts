// What one piece of text says about the KKFZ: which themes and pillars its words point to, which it
// names outright ("Pijler 2", "Thema 6: Opleidingsplan", a pillar's name) and which KKFZ articles it cites.
import { framework, themePillar } from '../knowledge/framework';
import { compilePhrases } from '../knowledge/phrases';
import { fold } from '../text/normalize';

export interface Score {
  score: number;
  phrases: string[];
}

export interface Signals {
  themes: Map<number, Score>;
  /** theme words rolled up to their pillar, plus the pillar's own words */
  pillars: Map<number, Score>;
  /** pillars named by number or by name */
  namedPillars: number[];
  /** themes named by "Thema N" or by name */
  namedThemes: number[];
  /** pillars from KKFZ article citations such as "3.1.3 b)" (chapter 3 ↔ pillar 1) */
  articlePillars: number[];
  /** speaks of the pillars/themes/framework in general ("de vijf pijlers", "14 thema's") */
  aboutFramework: boolean;
}

type Target = { kind: 'theme' | 'pillar'; id: number; weight: number };

const contentTerms = compilePhrases<Target>([
  ...framework.themes.flatMap((t) => t.terms.map(([p, w]) => [p, { kind: 'theme', id: t.id, weight: w }] as [string, Target])),
  ...framework.pillars.flatMap((p) => p.terms.map(([ph, w]) => [ph, { kind: 'pillar', id: p.id, weight: w }] as [string, Target])),
]);

// In running text only multi-word names and long compounds ("opleidingsplan") count as naming a pillar or
// theme: "samenwerken" or "herstel" alone is an ordinary word there (headings use all aliases: heading-topic).
const specific = (name: string, aliases: string[]) => [name, ...aliases].filter((a) => /\s/.test(a.trim()) || a.length >= 12);
const pillarNames = compilePhrases<number>(framework.pillars.flatMap((p) => specific(p.name, p.aliases).map((a) => [a, p.id] as [string, number])));
const themeNames = compilePhrases<number>(framework.themes.flatMap((t) => specific(t.name, t.aliases).map((a) => [a, t.id] as [string, number])));

const NUMBERED_PILLAR = /\bpijler\s*([1-5])\b/g;
const NUMBERED_THEME = /\bthema\s*(1[0-4]|[1-9])\b/g;
// "3.1.3 b)", "4.1.6 b", "6.1.1 (a t/m h)", or "artikel 5.1.2": a bare "3.1.3" is just as likely a report's own numbering
const ARTICLE = /(?:(?:artikel|art\.|kkfz|kwaliteitskader)\s*([3-7])\.[1-9]\.\d{1,2}(?![\d.,]\d)|(?<![\d.,])([3-7])\.[1-9]\.\d{1,2}\s?(?:[a-h]\)|[a-h]\b|\([a-h]\b))/g;
const FRAMEWORK_WORDS = /\b(?:(?:vijf|5)\s+pijlers|(?:veertien|14)\s+thema'?s|pijlers en thema|alle (?:5 |vijf )?pijlers)/;

function add(map: Map<number, Score>, id: number, weight: number, phrase: string) {
  const s = map.get(id) ?? { score: 0, phrases: [] };
  s.score += weight;
  if (!s.phrases.includes(phrase)) s.phrases.push(phrase);
  map.set(id, s);
}

const uniq = (xs: number[]) => [...new Set(xs)];

export function readSignals(text: string): Signals {
  const folded = fold(text);
  const themes = new Map<number, Score>();
  const pillars = new Map<number, Score>();
  for (const hit of contentTerms.find(folded)) {
    // one phrase may serve several targets (e.g. "samenwerking": pillar 4 and theme 12); count each pillar once
    const credited = new Set<number>();
    for (const t of hit.entries) {
      const pillar = t.kind === 'theme' ? themePillar(t.id) : t.id;
      if (t.kind === 'theme') add(themes, t.id, t.weight, hit.phrase);
      if (!credited.has(pillar)) {
        add(pillars, pillar, t.weight, hit.phrase);
        credited.add(pillar);
      }
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
    namedPillars: uniq(namedPillars),
    namedThemes: uniq(namedThemes),
    articlePillars: uniq([...folded.matchAll(ARTICLE)].map((m) => Number(m[1] ?? m[2]) - 2)),
    aboutFramework: FRAMEWORK_WORDS.test(folded),
  };
}

/** The pillar the words point to, if one clearly leads: its score and its share of all pillar words. */
export function leadingPillar(s: Signals): { pillar: number; score: number; share: number; phrases: string[] } | null {
  let best: [number, Score] | null = null;
  let total = 0;
  for (const entry of s.pillars) {
    total += entry[1].score;
    if (!best || entry[1].score > best[1].score) best = entry;
  }
  if (!best) return null;
  return { pillar: best[0], score: best[1].score, share: best[1].score / total, phrases: best[1].phrases };
}
