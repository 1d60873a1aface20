// Maps every block to a pillar (0 = general) and the themes it addresses, with the evidence for each
// decision and the name of the rule that decided it (rules.ts). Sections are the unit of reasoning: a heading
// and everything under it until a heading of the same or a higher level. A section gets its pillar from its
// heading (a pillar, theme, quality aspect, key figures, a general part), else from the words of all its
// blocks, else from the section around it; a block keeps its section's pillar unless it carries a label of
// its own or is a key figure. "Algemeen" is a finding (introduction, mission, organisation, contents, …),
// and where nothing was found the map says it is unsure.
import type { Block, Mapping } from '../schema';
import { framework, themePillar } from '../knowledge/framework';
import { countWords, fold } from '../text/normalize';
import { compilePhrases } from '../knowledge/phrases';
import { numbered, shape } from '../knowledge/shape';
import { readHeadingTopic, type HeadingTopic } from './heading-topic';
import { readSignals, leadingPillar, sumSignals, FRAMEWORK_NAME, type Signals } from './signals';
import { findTableOfContents } from './toc';
import { termWeights } from './term-weights';
import { CONFLICT, confidenceOf, type RuleId } from './rules';
import { isFigures, isKeyFigures } from './figures';

/** Own words needed for a block to claim a theme: one specific phrase, or two clear words. */
const THEME_SCORE = 3;
/** A theme needs its own specific words, and in a long block it must also be among the block's main ones. */
const THEME_SHARE = 0.35;
/** A section is about one theme when its words for that theme add up to this, and to this share of all. */
const SECTION_THEME_SCORE = 6;
const SECTION_THEME_SHARE = 0.6;
/** Up to this many blocks one block about a theme makes its section about it. */
const SHORT_SECTION = 3;
/** A section without a heading of its own words takes the pillar its blocks' words clearly point to. */
const SECTION_PILLAR_SCORE = 4;
const SECTION_PILLAR_SHARE = 0.5;

interface SectionDecision {
  heading: Block;
  topic: HeadingTopic;
  pillar: number;
  rule: RuleId;
  evidence: string;
  /** inside (or itself) a section that names a pillar: everything under it is that pillar's */
  explicit: boolean;
  /** key figures ('specific': kengetallen, omvang, indicatoren) or results in general ('generic') */
  results: 'specific' | 'generic' | false;
  /** introduction, mission, organisation: nothing in it moves to a pillar by its words alone */
  framing: boolean;
  general: boolean;
  /** decided by the words of its blocks: a block with clearly other words may differ */
  byContent: boolean;
  /** the report's title: general for what stands right under it, no say over its chapters */
  title: boolean;
}

const missionWords = compilePhrases<true>(framework.headings.mission.map((w) => [w, true] as [string, true]));

const sorted = (xs: Iterable<number>) => [...new Set(xs)].sort((a, b) => a - b);
const THEME_LABEL = new RegExp(`^${numbered('theme')}\\b`, 'i');
/** a block that is only a pillar's number */
const PILLAR_BADGE = new RegExp(`^(?:${shape.number.pillar})$`);

function ownThemes(s: Signals, text: string): number[] {
  const label = THEME_LABEL.exec(fold(text));
  // a block that opens with "Thema N: …" accounts for that theme, whatever else it touches
  if (label) return [Number(label[1])];
  const top = Math.max(0, ...[...s.themes.values()].map((v) => v.score));
  return [...s.themes].filter(([, v]) => v.score >= THEME_SCORE && v.score >= top * THEME_SHARE).map(([t]) => t);
}

function overviewThemes(s: Signals): number[] | null {
  const named = new Set(s.namedThemes);
  const pillars = new Set([...named].map(themePillar));
  return named.size >= framework.overview.minThemes && pillars.size >= framework.overview.minPillars
    ? sorted(named)
    : null;
}

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

export function mapBlocks(blocks: Block[]): Mapping[] {
  const toc = findTableOfContents(blocks);
  const weights = termWeights(blocks, toc);
  const signals = blocks.map((b) => readSignals(b.text, weights));
  const topics = new Map<number, HeadingTopic>();
  // a heading that comes back ("Algemeen beeld", "Reflectie", "Huidige situatie") is a part of the report's
  // template inside each section, not a topic of its own, unless it names a pillar or theme
  const times = new Map<string, number>();
  for (const b of blocks)
    if (b.kind === 'heading' && !toc.has(b.i)) times.set(fold(b.text), (times.get(fold(b.text)) ?? 0) + 1);
  for (const b of blocks) {
    if (b.kind !== 'heading' || toc.has(b.i)) continue;
    const topic = readHeadingTopic(b.text);
    topics.set(
      b.i,
      times.get(fold(b.text))! > 1 && topic.kind !== 'pillar'
        ? { kind: 'none', themes: [], appendix: false, template: true }
        : topic,
    );
  }

  // each heading's section: the blocks under it (nested sections included) and its direct body
  const within = new Map<number, number[]>();
  const body = new Map<number, number[]>();
  const push = (map: Map<number, number[]>, k: number, i: number) => {
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  };
  for (const b of blocks) {
    if (b.kind === 'heading' || b.parent === null) continue;
    push(body, b.parent, b.i);
    for (let k: number | null = b.parent; k !== null; k = blocks[k]!.parent) push(within, k, b.i);
  }

  // the report's title as its first heading, over (nearly) the whole document: no section of its own
  const first = blocks.find((b) => b.kind === 'heading');
  const firstTopic = first && topics.get(first.i);
  const titleLike = firstTopic && (firstTopic.kind === 'general' || firstTopic.kind === 'none');
  const title =
    first && titleLike && first.i <= 2 && (within.get(first.i)?.length ?? 0) >= blocks.length / 2 ? first.i : null;

  const decisions = new Map<number, SectionDecision>();
  const decide = (h: Block): SectionDecision => {
    const known = decisions.get(h.i);
    if (known) return known;
    const topic = topics.get(h.i) ?? { kind: 'none', themes: [], appendix: false };
    const parent = h.parent !== null ? decide(blocks[h.parent]!) : null;
    const base = {
      heading: h,
      topic,
      explicit: false,
      results: false as const,
      framing: false,
      general: false,
      byContent: false,
      title: false,
    };
    let d: SectionDecision;
    if (toc.has(h.i)) {
      d = { ...base, pillar: 0, rule: 'inhoudsopgave', evidence: 'inhoudsopgave', general: true };
    } else if (h.i === title) {
      // what stands under the title before the first chapter is a subtitle or an opening: general
      d = {
        ...base,
        pillar: 0,
        rule: 'kop-algemeen',
        evidence: `titel van het verslag: “${h.text}”`,
        general: true,
        framing: true,
        title: true,
      };
    } else if (topic.kind === 'pillar' && !(parent?.explicit && !topic.byNumber)) {
      d = { ...base, pillar: topic.pillar, rule: topic.rule, evidence: topic.evidence, explicit: true };
    } else if (topic.kind === 'results' || (parent?.results === 'specific' && topic.kind !== 'general')) {
      // under key figures, an indicator named like another pillar's topic ("Vervolgzorg") is still a result
      const own = topic.kind === 'results' ? topic : null;
      d = {
        ...base,
        pillar: 5,
        rule: 'kop-kengetallen',
        evidence: own?.evidence ?? parent!.evidence,
        results: own ? (own.specific ? 'specific' : 'generic') : 'specific',
      };
    } else if (parent?.explicit) {
      // a name-only pillar heading or any other heading inside a pillar's section is a sub-topic of it
      const own = topic.kind !== 'none' ? `; ${topic.evidence}` : '';
      d = {
        ...base,
        pillar: parent.pillar,
        rule: 'pijler-sectie',
        evidence: `${parent.evidence}${own}`,
        explicit: true,
      };
    } else if (topic.kind === 'topic') {
      d = { ...base, pillar: topic.pillar, rule: topic.rule, evidence: topic.evidence };
    } else if (topic.kind === 'general') {
      d = { ...base, pillar: 0, rule: topic.rule, evidence: topic.evidence, general: true, framing: topic.framing };
    } else if (parent && !parent.general) {
      d = { ...parent, heading: h, topic };
    } else {
      const words = sumSignals((within.get(h.i) ?? []).filter((i) => !toc.has(i)).map((i) => signals[i]!));
      const lead = leadingPillar(words);
      const framed = parent?.framing && !parent.title;
      if (lead && lead.score >= SECTION_PILLAR_SCORE && lead.share >= SECTION_PILLAR_SHARE && !framed) {
        d = {
          ...base,
          pillar: lead.pillar,
          rule: 'sectie-inhoud',
          evidence: `de sectie “${h.text}” gaat over pijler ${lead.pillar}: ${lead.phrases.slice(0, 5).join(', ')}`,
          byContent: true,
        };
      } else if (framed) {
        d = { ...parent, heading: h, topic };
      } else {
        d = { ...base, pillar: 0, rule: 'geen-bewijs', evidence: `geen pijler herkend in “${h.text}”`, general: true };
      }
    }
    decisions.set(h.i, d);
    return d;
  };

  // a block's own themes, read once: a section's theme reads them all, and so does each block itself
  const owned: number[][] = [];
  const ownOf = (i: number) => (owned[i] ??= ownThemes(signals[i]!, blocks[i]!.text));

  // the one theme of a section: named by its heading, or dominant in its words
  const readSectionTheme = (d: SectionDecision): number | null => {
    // under key figures only a theme the heading names ("Vervolgzorg") counts
    if (d.results)
      return d.topic.kind !== 'none' &&
        (d.topic.kind === 'results' || d.topic.rule === 'kop-thema') &&
        d.topic.themes.length === 1
        ? d.topic.themes[0]!
        : null;
    if (d.topic.themes.length === 1) return d.topic.themes[0]!;
    if (d.topic.kind === 'topic' && d.topic.rule === 'kop-kwaliteitsaspect' && d.topic.themes.length)
      return d.topic.themes[0]!;
    // mission and introduction texts use the framework's words without being about a theme
    if (d.framing) return null;
    const total = new Map<number, number>();
    // only what blocks account for on their own counts (a word that stands everywhere carries no section), and
    // in a long section more than one block must account for it
    const blocksOf = new Map<number, number>();
    const inBody = body.get(d.heading.i) ?? [];
    for (const i of inBody) {
      const own = ownOf(i);
      for (const [t, v] of signals[i]!.themes) {
        if (!own.includes(t)) continue;
        total.set(t, (total.get(t) ?? 0) + v.score);
        blocksOf.set(t, (blocksOf.get(t) ?? 0) + 1);
      }
    }
    const ranked = [...total].sort((x, y) => y[1] - x[1]);
    const sum = ranked.reduce((a, [, v]) => a + v, 0);
    const top = ranked[0];
    const carried = top && (inBody.length <= SHORT_SECTION || blocksOf.get(top[0])! >= 2);
    return top && carried && top[1] >= SECTION_THEME_SCORE && top[1] >= sum * SECTION_THEME_SHARE ? top[0] : null;
  };
  // once per section: every block under it asks (read again per block, a long section took quadratic time)
  const sectionThemes = new Map<number, number | null>();
  const sectionTheme = (d: SectionDecision): number | null => {
    if (!sectionThemes.has(d.heading.i)) sectionThemes.set(d.heading.i, readSectionTheme(d));
    return sectionThemes.get(d.heading.i) ?? null;
  };

  // the theme of the nearest section that has one, through the report's template headings ("Algemeen beeld",
  // "Reflectie") that name nothing of their own; a heading with its own topic ends the search
  const themeAbove = (d: SectionDecision | null): number | null => {
    for (let x = d; x; x = x.heading.parent !== null ? decide(blocks[x.heading.parent]!) : null) {
      const t = sectionTheme(x);
      if (t !== null || x.topic.kind !== 'none' || !x.topic.template) return t;
    }
    return null;
  };

  const phrasesOf = (s: Signals, themes: number[]) => themes.flatMap((t) => s.themes.get(t)?.phrases ?? []);

  return blocks.map((b, k): Mapping => {
    const s = signals[k]!;
    const ownLead = leadingPillar(s);
    const ownFocus = b.kind !== 'heading' && ownLead && ownLead.score >= 3 && ownLead.share >= 0.75 ? ownLead : null;
    const result = (
      pillar: number,
      themes: number[],
      rule: RuleId,
      evidence: string[],
      basis: Mapping['basis'] = 'topic',
    ): Mapping => {
      // a block whose own words clearly point elsewhere is one the map is less sure of, and says why
      const conflict = ownFocus && ownFocus.pillar !== pillar ? ownFocus : null;
      return {
        i: b.i,
        pillar,
        themes: sorted(themes),
        confidence: confidenceOf(rule, conflict ? CONFLICT : 1),
        evidence: conflict
          ? [...evidence, `maar de eigen woorden wijzen naar pijler ${conflict.pillar}: ${conflict.phrases.join(', ')}`]
          : evidence,
        basis,
        rule,
      };
    };

    if (toc.has(b.i)) return result(0, [], 'inhoudsopgave', ['inhoudsopgave']);
    const overview = overviewThemes(s);
    if (overview)
      return result(0, overview, 'overzicht-themas', [
        `noemt ${overview.length} thema's uit meerdere pijlers: een overzicht, geen verantwoording van één pijler`,
      ]);

    if (b.kind === 'heading') {
      const d = decide(b);
      // under key figures a heading carries a theme only when it names one ("Vervolgzorg")
      const named = d.topic.kind === 'results' || (d.topic.kind !== 'none' && d.topic.rule === 'kop-thema');
      const parent = b.parent !== null ? decide(blocks[b.parent]!) : null;
      const above = d.topic.kind === 'none' && d.topic.template ? themeAbove(parent) : null;
      const themes = d.results && !named ? [] : above !== null ? [above] : d.topic.themes;
      return result(d.pillar, themes, d.rule, [d.evidence], d.explicit ? 'section' : 'topic');
    }

    // A lone pillar number right before that pillar's heading is a badge of the next section.
    const badge = PILLAR_BADGE.test(b.text) ? Number(b.text) : null;
    if (badge !== null) {
      const next = blocks.slice(k + 1, k + 3).find((n) => n.kind === 'heading');
      const t = next && topics.get(next.i);
      if (t && t.kind === 'pillar' && t.pillar === badge)
        return result(badge, [], 'badge', [`cijfer ${badge} hoort bij de volgende kop “${next.text}”`]);
    }

    const sec = b.parent !== null ? decide(blocks[b.parent]!) : null;
    const own = ownOf(k);
    const above = sec ? themeAbove(sec) : null;
    const inherited = own.length ? own : above !== null ? [above] : [];
    const themeEvidence = (themes: number[]) =>
      themes.length
        ? [`thema's uit woorden: ${phrasesOf(s, themes).join(', ') || `kop “${sec?.heading.text ?? ''}”`}`]
        : [];

    const label = openingLabel(b);
    if (label) {
      const themes = label.themes.length ? label.themes : own;
      return result(label.pillar, themes, 'label-aan-begin', [`begint met ${label.evidence.replace(/^kop /, '')}`]);
    }
    // a short line that opens with a pillar's or theme's name ("Thema 2: Herstelgerichte zorg" in a list)
    if (!sec?.explicit && countWords(b.text) <= 12) {
      const line = readHeadingTopic(b.text);
      if (line.kind === 'pillar' || (line.kind === 'topic' && line.rule === 'kop-thema')) {
        return result(line.pillar, line.themes, 'label-aan-begin', [
          `noemt ${line.themes.length ? `thema ${line.themes[0]}` : `pijler ${line.pillar}`}: “${b.text}”`,
        ]);
      }
    }

    // key figures are pillar 5 wherever they stand; in a section about a topic only clear ones
    // figures about a theme (incidents per ward, a survey's scores) belong to that theme's section
    const strictFigures =
      (sec !== null && (sec.explicit || sec.topic.kind === 'topic')) ||
      [...s.themes.values()].some((v) => v.score >= 2);
    if (!sec?.results && (strictFigures ? isKeyFigures(b) : isFigures(b))) {
      return result(5, sec?.results ? inherited : [], 'kengetallen', [
        'vooral cijfers over cliënten, geld of indicatoren: kengetallen',
      ]);
    }

    if (!sec?.explicit && (s.aboutFramework || s.namedPillars.length > 1))
      return result(0, [], 'kader-algemeen', ['gaat over het kwaliteitskader als geheel (meerdere pijlers)']);
    const lead = leadingPillar(s);
    const focused = lead && lead.score >= 3 && lead.share >= 0.75 ? lead : null;
    if (sec) {
      const where = `in de sectie “${sec.heading.text}”: ${sec.evidence}`;
      if (sec.explicit)
        return result(sec.pillar, inherited, 'pijler-sectie', [where, ...themeEvidence(inherited)], 'section');
      if (sec.results === 'generic' && focused && focused.pillar !== 5 && !isFigures(b)) {
        return result(focused.pillar, inherited, 'eigen-woorden', [
          `woorden van pijler ${focused.pillar}: ${focused.phrases.join(', ')}`,
          `binnen “${sec.heading.text}”`,
        ]);
      }
      if (sec.results) {
        const themes =
          isFigures(b) || b.kind === 'table' ? (sectionTheme(sec) !== null ? [sectionTheme(sec)!] : []) : own;
        return result(5, themes, sec.rule, [where, ...themeEvidence(themes)]);
      }
      // in a general chapter (plans for next year, a look back) each block is about what its words say, unless it
      // speaks of the framework itself; a section decided by its words lets a block with clearly other words differ
      const loose =
        sec.general &&
        !sec.framing &&
        !FRAMEWORK_NAME.test(fold(b.text)) &&
        lead &&
        lead.score >= 2 &&
        lead.share >= 0.7 &&
        lead.phrases.length >= 2
          ? lead
          : null;
      // …or when it accounts for themes of one pillar ("Een eerste cliëntmeting – behaald")
      const themePillars = new Set(own.map(themePillar));
      const byThemes =
        sec.general && !sec.framing && themePillars.size === 1
          ? { pillar: [...themePillars][0]!, phrases: phrasesOf(s, own) }
          : null;
      const other = loose ?? byThemes ?? (sec.byContent && focused && focused.score >= 4 ? focused : null);
      if (other && other.pillar !== sec.pillar) {
        return result(other.pillar, inherited, 'eigen-woorden', [
          `woorden van pijler ${other.pillar}: ${other.phrases.join(', ')}`,
          `binnen “${sec.heading.text}”`,
        ]);
      }
      // mission and vision texts use the framework's words without accounting for a theme; an introduction may
      if (sec.framing) {
        const themes = missionWords.find(fold(sec.heading.text)).length || s.aboutFramework ? [] : own;
        return result(0, themes, sec.rule, [where, ...themeEvidence(themes)]);
      }
      if (sec.general && sec.rule !== 'geen-bewijs')
        return result(0, inherited, sec.rule, [where, ...themeEvidence(inherited)]);
      return result(sec.pillar, inherited, sec.rule, [where, ...themeEvidence(inherited)]);
    }

    if (lead && lead.score >= 3 && lead.share >= 0.6)
      return result(lead.pillar, own, 'eigen-woorden', [
        `woorden van pijler ${lead.pillar}: ${lead.phrases.join(', ')}`,
        ...themeEvidence(own),
      ]);
    return result(0, own, 'geen-bewijs', ['geen pijler herkend: algemeen (onzeker)', ...themeEvidence(own)]);
  });
}
