// What a piece of a form's text names: a pillar or theme by number or name, a checklist item by the way forms
// ask for it, an act that decides the item ("Hoe maakt u … bekend"), a subject near a measure ("hoe tevreden
// zijn uw medewerkers"), or the words of one theme or pillar. Each hit says how much it weighs on its own.
import { aspectKnowledge } from '../knowledge/aspects';
import { defaultProfile } from '../knowledge/checklist-profile';
import { fillTerms } from '../knowledge/fill-terms';
import { compilePhrases } from '../knowledge/phrases';
import { isPillarItem, isThemeItem, numbered, pillarItemId, shape, themeItemId } from '../knowledge/shape';
import { leadingPillar, readSignals } from '../classify/signals';
import { fold } from '../text/normalize';

export interface Hit {
  target: string;
  raw: number;
  why: string;
}

// How much a kind of evidence says on its own: a number ("Thema 6") beats an act, an act beats a name, a name
// beats a question's wording, and that beats words that merely belong to a topic.
export const RAW = {
  number: 1,
  act: 0.95,
  themeName: 0.9,
  pillarName: 0.88,
  item: 0.85,
  pair: 0.8,
  themeWords: 0.6,
  pillarWords: 0.55,
};

const { themeNameMatcher: themeNames, pillarNameMatcher: pillarNames } = shape;
const itemPhrases = compilePhrases<string>([
  ...defaultProfile.items.flatMap((item) =>
    item.kind === 'section'
      ? item.headings.filter((h) => !h.includes('{')).map((h) => [h, item.id] as [string, string])
      : [],
  ),
  ...Object.entries(fillTerms.items).flatMap(([id, list]) => list.map((p) => [p, id] as [string, string])),
]);
const acts = Object.entries(fillTerms.acts).flatMap(([target, list]) =>
  list.map((p) => ({ target, re: new RegExp(p, 'u') })),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const subjects = compilePhrases<{ item: string; measure: string }>(
  fillTerms.pairs.flatMap((p) =>
    p.subjects.flatMap((s) =>
      (s === '{client}' ? aspectKnowledge.clientWords : [s]).map(
        (w) => [w, { item: p.item, measure: p.measure }] as [string, { item: string; measure: string }],
      ),
    ),
  ),
);
const measures = Object.entries(fillTerms.measures).map(([name, list]) => ({
  name,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((w) => escape(fold(w))).join('|')})(?![\\p{L}])`, 'gu'),
}));
/** a subject further than this from its measure (in characters) is about something else */
const PAIR_REACH = 60;

/** Each measure word with the subject nearest to it: "hoe tevreden zijn cliënten over hun begeleider" is about clients. */
function pairs(folded: string): Hit[] {
  const found = subjects.find(folded);
  const hits: Hit[] = [];
  for (const m of measures) {
    for (const at of folded.matchAll(m.re)) {
      // "een (groot) aantal cliënten" is a quantity in passing, not a question about it
      if (/(?<![\p{L}])een\s+(?:\p{L}+\s+)?$/u.test(folded.slice(Math.max(0, at.index - 20), at.index))) continue;
      let best: { item: string; phrase: string; distance: number } | null = null;
      for (const s of found) {
        const entry = s.entries.find((e) => e.measure === m.name);
        const distance = Math.abs(s.start - at.index);
        if (entry && distance <= PAIR_REACH && (!best || distance < best.distance))
          best = { item: entry.item, phrase: s.phrase, distance };
      }
      if (best && !hits.some((h) => h.target === best.item))
        hits.push({ target: best.item, raw: RAW.pair, why: `vraagt naar “${at[0].trim()}” van “${best.phrase}”` });
    }
  }
  return hits;
}

// forms ask in English too ("Theme 6")
const NUMBERED_THEME = new RegExp(
  `(?<![\\p{L}\\p{N}])${numbered('theme', { english: true, gap: '\\s*' })}(?![\\p{N}])`,
  'u',
);
const NUMBERED_PILLAR = new RegExp(
  `(?<![\\p{L}\\p{N}])${numbered('pillar', { english: true, gap: '\\s*' })}(?![\\p{N}])`,
  'u',
);

/** Between equals, a theme goes first, then another item, then a pillar: the most specific wins. */
export const targetRank = (target: string) => (isThemeItem(target) ? 0 : isPillarItem(target) ? 2 : 1);

/** The pillars and themes a text names by number or by name ("Thema 6", "Samenwerking in de keten"). */
export function namedIn(folded: string): Hit[] {
  const hits: Hit[] = [];
  const theme = NUMBERED_THEME.exec(folded);
  if (theme) hits.push({ target: themeItemId(Number(theme[1])), raw: RAW.number, why: `noemt thema ${theme[1]}` });
  const pillar = NUMBERED_PILLAR.exec(folded);
  if (pillar)
    hits.push({ target: pillarItemId(Number(pillar[1])), raw: RAW.number - 0.02, why: `noemt pijler ${pillar[1]}` });
  for (const h of themeNames.find(folded))
    hits.push({ target: themeItemId(h.entries[0]!), raw: RAW.themeName, why: `noemt “${h.phrase}”` });
  for (const h of pillarNames.find(folded))
    hits.push({ target: pillarItemId(h.entries[0]!), raw: RAW.pillarName, why: `noemt “${h.phrase}”` });
  return hits;
}

/** Every item a piece of text points to, strongest first; a theme before its pillar when equally strong. */
export function hitsIn(text: string): Hit[] {
  const folded = fold(text);
  const hits = namedIn(folded);
  for (const a of acts) {
    const m = a.re.exec(folded);
    if (m) hits.push({ target: a.target, raw: RAW.act, why: `vraagt “${m[0]}”` });
  }
  for (const h of itemPhrases.find(folded))
    hits.push({ target: h.entries[0]!, raw: RAW.item, why: `vraagt naar “${h.phrase}”` });
  hits.push(...pairs(folded));
  const s = readSignals(text);
  const themes = [...s.themes].sort((a, b) => b[1].score - a[1].score);
  const total = themes.reduce((n, [, v]) => n + v.score, 0);
  const [top] = themes;
  if (top && top[1].score >= 3 && top[1].score >= total * 0.5)
    hits.push({
      target: themeItemId(top[0]),
      raw: RAW.themeWords,
      why: `woorden van thema ${top[0]}: ${top[1].phrases.join(', ')}`,
    });
  const lead = leadingPillar(s);
  if (lead && lead.score >= 3 && lead.share >= 0.6)
    hits.push({
      target: pillarItemId(lead.pillar),
      raw: RAW.pillarWords,
      why: `woorden van pijler ${lead.pillar}: ${lead.phrases.join(', ')}`,
    });
  return hits.sort((a, b) => b.raw - a.raw || targetRank(a.target) - targetRank(b.target));
}
