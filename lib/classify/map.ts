// Maps every block to a pillar (0 = general) and the themes it addresses, with the evidence for each
// decision. Structure first (the heading tree: a pillar's section runs until a heading of the same or a
// higher level), words second (what a block itself is about), so that a report that numbers, orders or
// names its chapters differently still maps the same way.
import type { Block, Mapping } from '../schema';
import { framework, themePillar } from '../knowledge/framework';
import { countWords } from '../text/normalize';
import { readHeadingTopic, type HeadingTopic } from './heading-topic';
import { readSignals, leadingPillar, type Signals } from './signals';
import { findTableOfContents } from './toc';

/** Own words needed for a block to claim a theme: one specific phrase, or two clear words. */
const THEME_SCORE = 3;
/** A section is about one theme when its words for that theme add up to this, and to this share of all. */
const SECTION_THEME_SCORE = 6;
const SECTION_THEME_SHARE = 0.6;

interface Context {
  /** nearest heading (self included) that opens a pillar section */
  pillarSection: { heading: Block; topic: Extract<HeadingTopic, { kind: 'pillar' }> } | null;
  /** nearest heading (self included) that says what its section is about */
  topicSection: { heading: Block; topic: Exclude<HeadingTopic, { kind: 'none' | 'pillar' }> } | null;
  /** the one theme of the section right above the block: named by its heading, or dominant in its words */
  parentTheme: number | null;
}

/** A theme needs its own specific words, and in a long block it must also be among the block's main ones. */
const THEME_SHARE = 0.35;

function ownThemes(s: Signals, text: string): number[] {
  const label = THEME_LABEL.exec(text);
  // a block that opens with "Thema N: …" accounts for that theme, whatever else it touches
  if (label) return [Number(label[1])];
  const top = Math.max(0, ...[...s.themes.values()].map((v) => v.score));
  return [...s.themes].filter(([, v]) => v.score >= THEME_SCORE && v.score >= top * THEME_SHARE).map(([t]) => t);
}

const THEME_LABEL = /^thema\s*(1[0-4]|[1-9])\b/i;

function overviewThemes(s: Signals): number[] | null {
  const named = new Set(s.namedThemes);
  const pillars = new Set([...named].map(themePillar));
  return named.size >= framework.overview.minThemes && pillars.size >= framework.overview.minPillars
    ? [...named].sort((a, b) => a - b)
    : null;
}

const phrasesOf = (s: Signals, themes: number[]) => themes.flatMap((t) => s.themes.get(t)?.phrases ?? []);

export function mapBlocks(blocks: Block[]): Mapping[] {
  const topics = new Map<number, HeadingTopic>();
  for (const b of blocks) if (b.kind === 'heading') topics.set(b.i, readHeadingTopic(b.text));
  const toc = findTableOfContents(blocks);
  const signals = blocks.map((b) => readSignals(b.text));

  // Theme words are weighed over a whole section, not only per sentence: a short item in a section
  // that is clearly about one theme belongs to it too.
  const bodies = new Map<number, Block[]>();
  for (const b of blocks) if (b.kind !== 'heading' && b.parent !== null) bodies.set(b.parent, [...(bodies.get(b.parent) ?? []), b]);
  const sectionTheme = (h: number): number | null => {
    const topic = topics.get(h)!;
    if (topic.kind !== 'pillar' && topic.themes.length === 1) return topic.themes[0]!;
    // mission and introduction texts use the framework's words without being about a theme
    if (topic.kind === 'general' && topic.framing) return null;
    const total = new Map<number, number>();
    for (const b of bodies.get(h) ?? []) for (const [t, v] of signals[b.i]!.themes) total.set(t, (total.get(t) ?? 0) + v.score);
    const ranked = [...total].sort((x, y) => y[1] - x[1]);
    const sum = ranked.reduce((a, [, v]) => a + v, 0);
    const top = ranked[0];
    return top && top[1] >= SECTION_THEME_SCORE && top[1] >= sum * SECTION_THEME_SHARE ? top[0] : null;
  };

  // A name-only pillar heading nested in another pillar's section ("Samenwerking met naasten" under
  // pillar 1) is a sub-topic of that section, not a new pillar.
  const contextOf = (b: Block): Context => {
    const chain: Block[] = [];
    for (let k: number | null = b.kind === 'heading' ? b.i : b.parent; k !== null; k = blocks[k]!.parent) chain.push(blocks[k]!);
    const ctx: Context = { pillarSection: null, topicSection: null, parentTheme: null };
    const pillarHeadings = chain.filter((h) => topics.get(h.i)?.kind === 'pillar');
    const outermostNumbered = [...pillarHeadings].reverse().find((h) => {
      const t = topics.get(h.i) as Extract<HeadingTopic, { kind: 'pillar' }>;
      return t.byNumberOnly || /\bpijler\s*\d|\bthema\s*\d/i.test(h.text);
    });
    const section = outermostNumbered ?? pillarHeadings[pillarHeadings.length - 1];
    if (section) ctx.pillarSection = { heading: section, topic: topics.get(section.i) as Extract<HeadingTopic, { kind: 'pillar' }> };
    for (const h of chain) {
      const t = topics.get(h.i)!;
      if (t.kind !== 'none' && t.kind !== 'pillar') {
        ctx.topicSection = { heading: h, topic: t };
        break;
      }
    }
    if (b.parent !== null && !isFigures(b)) ctx.parentTheme = sectionTheme(b.parent);
    return ctx;
  };

  return blocks.map((b, k): Mapping => {
    if (toc.has(b.i)) {
      return { i: b.i, pillar: 0, themes: [], confidence: 0.9, evidence: ['inhoudsopgave'], basis: 'topic' };
    }
    const s = signals[k]!;
    const overview = overviewThemes(s);
    if (overview) {
      return {
        i: b.i,
        pillar: 0,
        themes: overview,
        confidence: 0.8,
        evidence: [`noemt ${overview.length} thema's uit meerdere pijlers: een overzicht, geen verantwoording van één pijler`],
        basis: 'topic',
      };
    }

    // A lone pillar number right before that pillar's heading is a badge of the next section.
    const badge = /^[1-5]$/.test(b.text) ? Number(b.text) : null;
    if (badge !== null) {
      const next = blocks.slice(k + 1, k + 3).find((n) => n.kind === 'heading');
      const t = next && topics.get(next.i);
      if (t && t.kind === 'pillar' && t.pillar === badge) {
        return { i: b.i, pillar: badge, themes: [], confidence: 0.7, evidence: [`cijfer ${badge} hoort bij de volgende kop “${next.text}”`], basis: 'topic' };
      }
    }

    const ctx = contextOf(b);
    const own = ownThemes(s, b.text);
    const heading = b.kind === 'heading' ? topics.get(b.i)! : null;

    if (ctx.pillarSection) {
      const { heading: h, topic } = ctx.pillarSection;
      const self = h.i === b.i;
      let themes: number[];
      if (self) themes = topic.themes;
      else if (heading && heading.kind !== 'pillar') themes = heading.themes;
      else themes = inherit(own, ctx);
      const evidence = [self ? topic.evidence : `in de sectie “${h.text}” (pijler ${topic.pillar})`];
      if (themes.length && !self) evidence.push(`thema's uit woorden: ${phrasesOf(s, themes).join(', ') || `kop “${blocks[b.parent!]!.text}”`}`);
      return { i: b.i, pillar: topic.pillar, themes: sorted(themes), confidence: topic.byNumberOnly ? 0.8 : 0.9, evidence, basis: 'section' };
    }

    // Outside pillar sections: what the block itself names, then the topic of its section, then its words.
    const label = b.kind === 'heading' ? null : openingLabel(b);
    if (label) {
      const themes = label.themes.length ? label.themes : own;
      return { i: b.i, pillar: label.pillar, themes: sorted(themes), confidence: 0.8, evidence: [`begint met ${label.evidence.replace(/^kop /, '')}`], basis: 'topic' };
    }
    const named = s.namedPillars.length === 1 ? s.namedPillars[0]! : null;
    const namedTheme = s.namedThemes.length === 1 ? s.namedThemes[0]! : null;
    if (b.kind !== 'heading' && (named !== null || namedTheme !== null) && countWords(b.text) <= 12) {
      const pillar = named ?? themePillar(namedTheme!);
      const themes = namedTheme !== null ? [namedTheme] : [];
      return { i: b.i, pillar, themes, confidence: 0.75, evidence: [`noemt ${namedTheme !== null ? `thema ${namedTheme}` : `pijler ${pillar}`}: “${b.text}”`], basis: 'topic' };
    }
    if (s.aboutFramework || s.namedPillars.length > 1) {
      return { i: b.i, pillar: 0, themes: [], confidence: 0.7, evidence: ['gaat over het kwaliteitskader als geheel (meerdere pijlers)'], basis: 'topic' };
    }

    const lead = leadingPillar(s);
    const focused = lead && lead.score >= 3 && lead.share >= 0.75 ? lead : null;
    let themes = heading ? heading.themes : inherit(own, ctx);
    if (ctx.topicSection) {
      const { heading: h, topic } = ctx.topicSection;
      const self = h.i === b.i;
      const figuresUnderResults = topic.kind === 'results' && isFigures(b);
      if (figuresUnderResults) themes = []; // plain kengetallen carry no theme
      if (!self && focused && focused.pillar !== topic.pillar && topic.kind !== 'general' && !figuresUnderResults) {
        return { i: b.i, pillar: focused.pillar, themes: sorted(themes), confidence: 0.55, evidence: [`woorden van pijler ${focused.pillar}: ${focused.phrases.join(', ')}`, `binnen “${h.text}”`], basis: 'topic' };
      }
      if (!self && focused && topic.kind === 'general' && !topic.framing && countWords(b.text) <= 25) {
        return { i: b.i, pillar: focused.pillar, themes: sorted(themes), confidence: 0.5, evidence: [`woorden van pijler ${focused.pillar}: ${focused.phrases.join(', ')}`], basis: 'topic' };
      }
      const evidence = [self ? topic.evidence : `in de sectie “${h.text}”: ${topic.evidence}`];
      if (themes.length) evidence.push(`thema's uit woorden: ${phrasesOf(s, themes).join(', ') || 'kop'}`);
      return { i: b.i, pillar: topic.pillar, themes: sorted(themes), confidence: self ? 0.75 : 0.65, evidence, basis: 'topic' };
    }
    if (focused) {
      return { i: b.i, pillar: focused.pillar, themes: sorted(themes), confidence: 0.5, evidence: [`woorden van pijler ${focused.pillar}: ${focused.phrases.join(', ')}`], basis: 'topic' };
    }
    if (b.kind !== 'heading' && isFigures(b)) {
      return { i: b.i, pillar: 5, themes: sorted(themes), confidence: 0.5, evidence: ['vooral cijfers: kengetallen'], basis: 'topic' };
    }
    return { i: b.i, pillar: 0, themes: sorted(themes), confidence: 0.4, evidence: ['geen pijler herkend: algemeen'], basis: 'topic' };
  });
}

/** A block without theme words of its own takes the one theme its heading names. */
const inherit = (own: number[], ctx: Context) => (own.length === 0 && ctx.parentTheme !== null ? [ctx.parentTheme] : own);

/**
 * A block that opens with a pillar or theme label — a table's first cell "Pijler 2" or "Thema 6:
 * Opleidingsplan", a line "Veiligheid en persoonsgerichte zorg: …" — is about that pillar, however long.
 */
function openingLabel(b: Block): Extract<HeadingTopic, { kind: 'pillar' }> | null {
  const head = (b.rows?.[0]?.[0] ?? b.text.split(/[:|]/)[0] ?? '').trim();
  if (!head || countWords(head) > 8) return null;
  const topic = readHeadingTopic(head);
  return topic.kind === 'pillar' ? topic : null;
}

const sorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

/** Client counts, percentages, amounts: a block that is mostly figures. */
function isFigures(b: Block): boolean {
  const tokens = b.text.split(/\s+/);
  const numeric = tokens.filter((t) => /\d/.test(t)).length;
  return numeric >= 1 && numeric / tokens.length >= 0.25 && /%|€|\bclient|\bcliënt|\baantal|\btotaal/i.test(b.text);
}
