// The passages of an item's evidence that answer a field's question best: a paragraph, a list with its lead-in, a
// table as readable lines. Ranked by the question's own words, by how surely the mapping put them under the item
// and, for a question about goals, by whether they state goals and plans; text about the report itself ("In dit
// verslag kijken we terug en vooruit …") and introductions rank last.
import { findTableOfContents } from '../classify/toc';
import { defaultProfile, headingSource, patternSource } from '../knowledge/checklist-profile';
import { fillTerms } from '../knowledge/fill-terms';
import { framework, themePillar } from '../knowledge/framework';
import { isPillarItem, isThemeItem, pillarOfItem, themeOfItem } from '../knowledge/shape';
import { compilePhrases } from '../knowledge/phrases';
import type { Block } from '../schema';
import { fold } from '../text/normalize';
import { tokenize } from '../text/terms';
import type { FillSource } from './propose';
import { namedIn } from './hits';
import { splitTable, tableLines } from './table-lines';

export interface Passage {
  blocks: number[];
  text: string;
  score: number;
  /** the heading it stands under ('' at the top) */
  heading: string;
}

export interface Question {
  /** the words the field asks with: its label, the question before it, its headers */
  words: string;
  /** it asks for goals and plans */
  goals: boolean;
}

const goalWords = compilePhrases<true>(fillTerms.goals.map((w) => [w, true]));
const metaWords = compilePhrases<true>(fillTerms.meta.map((w) => [w, true]));
const framing = compilePhrases<true>(framework.headings.framing.map((w) => [w, true]));
/** the checklist's own patterns of an item: how a report states goals for next year, or looks back on last year's */
const itemPatterns = (id: string, year: number | null) => {
  const item = defaultProfile.items.find((i) => i.id === id);
  return (item?.kind === 'section' ? item.patterns : []).map((p) => new RegExp(patternSource(p, year), 'u'));
};
/** a heading of the item's own ("Terugblik op de doelen van 2025") */
const itemHeading = (id: string, year: number | null) => {
  const item = defaultProfile.items.find((i) => i.id === id);
  const list = item?.kind === 'section' ? item.headings : [];
  return list.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((h) => headingSource(h, year)).join('|')})`, 'u')
    : /$^/;
};
const LEAD_IN_WORDS = 15;
/** words of a question that say nothing of its topic */
const STOP = new Set(
  [
    'welke',
    'worden',
    'wordt',
    'hebben',
    'heeft',
    'zijn',
    'jullie',
    'onder',
    'andere',
    'waarin',
    'wanneer',
    'hoeveel',
    'daarbij',
    'ervoor',
    'manier',
    'beschrijf',
    'geef',
    'organisatie',
    ...fillTerms.generic,
  ].map(fold),
);

/** Does the question ask for goals and plans: the item itself, or a pillar's or theme's question in its words. */
export function asksGoals(words: string, target: string): boolean {
  return (
    target === 'vooruitblik' ||
    ((isPillarItem(target) || isThemeItem(target)) && goalWords.find(fold(words)).length > 0)
  );
}

const stems = (text: string) =>
  new Set(
    tokenize(fold(text))
      .filter((t) => t.word.length >= 4 && !STOP.has(t.word))
      .map((t) => t.key),
  );

const namedThemes = new WeakMap<Block, string[][]>();
/**
 * A table as lines for the target. A table that names many themes (a planning, a status per theme) is about one of
 * them only in its rows for it, and about nothing else but the planning itself: null when none of it is.
 */
function tableText(b: Block, target: string): string | null {
  const lines = tableLines(b.rows ?? [[b.text]]);
  if (!namedThemes.has(b))
    namedThemes.set(
      b,
      lines.map((l) => namedIn(fold(l)).map((h) => h.target)),
    );
  const named = namedThemes.get(b)!;
  if (new Set(named.flat().filter(isThemeItem)).size < defaultProfile.overviewThemes || target === 'meerjarenplanning')
    return lines.join('\n');
  const pillar = pillarOfItem(target);
  const mine = lines.filter((_, k) =>
    named[k]!.some((t) => t === target || (pillar !== null && themePillar(themeOfItem(t) ?? 0) === pillar)),
  );
  return mine.length ? mine.join('\n') : null;
}

/** The evidence as passages: a list with the paragraph that leads in to it is one, a table one, a paragraph one. */
function passagesOf(blocks: Block[], evidence: number[], target: string): Omit<Passage, 'score'>[] {
  const toc = findTableOfContents(blocks);
  const usable = evidence.filter(
    (i) => blocks[i] && blocks[i].kind !== 'heading' && !toc.has(i) && !/^\s*\d{1,3}\s*$/.test(blocks[i].text),
  );
  const out: Omit<Passage, 'score'>[] = [];
  for (const i of usable) {
    const b = blocks[i]!;
    const last = out.at(-1);
    const prev = last && blocks[last.blocks.at(-1)!]!;
    const heading = b.headingPath.at(-1) ?? '';
    const lines = b.kind === 'table' ? tableText(b, target) : '';
    if (lines === null) continue;
    // a table without a header row ("Nee: 243", "FZ: 127") means something only under its heading
    const table = b.kind === 'table' && !splitTable(b.rows ?? []).header && heading ? `${heading}\n${lines}` : lines;
    const text =
      b.kind === 'table' ? table : b.kind === 'list-item' ? `${'  '.repeat(b.depth ?? 0)}- ${b.text}` : b.text;
    // a list item right after its lead-in ("We starten met:") or after another item joins it
    if (
      last &&
      prev &&
      b.kind === 'list-item' &&
      prev.i === i - 1 &&
      (prev.kind === 'list-item' || /:\s*$/.test(prev.text))
    ) {
      last.blocks.push(i);
      last.text += `\n${text}`;
    } else out.push({ blocks: [i], text, heading });
  }
  // a short lead-in ("In 2025 zijn er een aantal ontwikkelingen:") whose list is not in the evidence says nothing
  const leadIn = (p: Omit<Passage, 'score'>) =>
    p.blocks.length === 1 &&
    blocks[p.blocks[0]!]!.kind === 'paragraph' &&
    /:\s*$/.test(p.text) &&
    p.text.split(/\s+/).length <= LEAD_IN_WORDS;
  return out.filter((p) => !leadIn(p));
}

const verdictLabel = (target: string, source: FillSource) => source.checklist.find((c) => c.id === target)?.label ?? '';

/**
 * The item's passages, best first. A question about goals gets only passages that state goals and plans: the
 * item's own, and for a pillar or theme also the plans for the coming year that the mapping put under it.
 */
export function passagesFor(target: string, source: FillSource, question: Question): Passage[] {
  const evidenceOf = (id: string) => source.checklist.find((c) => c.id === id)?.evidence ?? [];
  const pillar = pillarOfItem(target);
  const theme = themeOfItem(target);
  const about = (i: number) => {
    const m = source.mappings[i];
    return m !== undefined && (pillar !== null ? m.pillar === pillar : m.themes.includes(theme!));
  };
  const plans = question.goals && (pillar !== null || theme !== null) ? evidenceOf('vooruitblik').filter(about) : [];
  const evidence = [...new Set([...evidenceOf(target), ...plans])].sort((a, b) => a - b);
  const year = source.year ?? null;
  const goals = itemPatterns('vooruitblik', year);
  const looksBack = itemPatterns('terugblik', year);
  const backHeading = itemHeading('terugblik', year);
  const future =
    year === null ? /komend|volgend|toekomst/ : new RegExp(`${year + 1}|${year + 2}|komend|volgend|toekomst`);
  // goals and plans in the passage, or in the headings above it ("Activiteiten voor 2026")
  const isGoal = (p: Omit<Passage, 'score'>) => {
    const folded = fold([...source.blocks[p.blocks[0]!]!.headingPath, p.text].join('\n'));
    return goals.some((re) => re.test(folded)) || (goalWords.find(folded).length > 0 && future.test(folded));
  };
  const stated = new Set(evidenceOf('vooruitblik'));
  const passages = passagesOf(source.blocks, evidence, target).filter((p) => !question.goals || isGoal(p));
  const words = passages.map((p) => stems(`${p.heading} ${p.text}`));
  // the question's words and the item's own name; a word in most passages ("zorg", "forensisch") tells none apart
  const common = (s: string) => words.length >= 4 && words.filter((w) => w.has(s)).length > words.length / 2;
  const asked = [...stems(`${question.words} ${verdictLabel(target, source)}`)].filter((s) => !common(s));
  return passages
    .map((p, k) => {
      const folded = fold(p.text);
      const path = source.blocks[p.blocks[0]!]!.headingPath;
      let score = 1 + 0.5 * Math.min(4, asked.filter((s) => words[k]!.has(s)).length);
      // how surely the mapping put its blocks under the pillar or theme
      if (pillar || theme)
        score += p.blocks.filter(about).reduce((s, i) => s + source.mappings[i]!.confidence, 0) / p.blocks.length;
      if (question.goals && p.blocks.some((i) => stated.has(i))) score += 1;
      // what was reached of last year's goals is no plan for next year
      if (question.goals && (looksBack.some((re) => re.test(folded)) || backHeading.test(fold(p.heading)))) score -= 2;
      if (metaWords.find(folded).length) score -= 2;
      if (target !== 'visie' && path.some((h) => framing.find(fold(h)).length > 0)) score -= 1;
      if (p.text.split(/\s+/).length < 4) score -= 1;
      return { ...p, score: Math.round(score * 100) / 100 };
    })
    .sort((a, b) => b.score - a.score || a.blocks[0]! - b.blocks[0]!);
}
