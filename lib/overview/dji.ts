// "Overzicht voor DJI": the report as DJI reads it in its quality conversation, theme by theme in KKFZ order
// with the year's focus themes first. Per pillar and theme its status (or the author's justification), its
// words and its best passages with the section they stand in; per pillar the quality aspects; the key figures;
// the justified omissions together; the open notes where they belong. One model, written as HTML and .docx.
import type { Analysis, AspectStatus, ChecklistStatus, ChecklistVerdict, JustificationKind, Note } from '../schema';
import { KIND as NOTE_KIND, noteTopic } from '../annotate/review-report';
import { reportAspects, type ReportAspect } from '../aspects/report-aspects';
import { STATE_WORDS } from '../aspects/state-words';
import { aspects } from '../knowledge/aspects';
import { storedAspects } from '../aspects/stored';
import { isOpenRequired } from '../checklist/justify';
import { isKeyFigures } from '../classify/figures';
import { findTableOfContents } from '../classify/toc';
import { defaultProfile } from '../knowledge/checklist-profile';
import { framework, themeName } from '../knowledge/framework';
import { pillarItemId, themeItemId } from '../knowledge/shape';
import { excerpt } from '../text/excerpt';
import { countWords, fold } from '../text/normalize';
import { plural } from '../text/plural';
import { STATUS_NL } from './dji-text';

/** The checklist items with the report's key figures (lib/knowledge/checklist.json). */
const KEY_FIGURE_ITEMS = ['omvang', 'financieel', 'prestatie-indicatoren'] as const;
const MAX_EXCERPTS = 3;
const MAX_QUOTE = 160;
/** The score of a paragraph of running text (proseScore): below it, a block is taken only to fill up. */
const PROSE = 2;
/** Fewer words than this make a label, not an account. */
const MIN_WORDS = 6;

/** A report that says it need not report the indicators: that accounts for them (../shared/docs/kkfz.md). */
const EXEMPTION = /gevrijwaard|vrijgesteld|vrijstelling|niet verplicht/;

export interface DjiInput {
  /** with the user's justifications applied (lib/checklist/justify.ts) */
  analysis: Analysis;
  title: string;
  organisation: string;
  /** the stored implementation statuses of the report's quality aspects */
  aspectStatuses?: AspectStatus[];
  /** the report's notes, placed on this analysis' draft; only open ones are shown */
  notes?: Note[];
  /** when the overview is made (ISO); now if absent */
  madeAt?: string;
}

export interface DjiExcerpt {
  /** block index */
  block: number;
  text: string;
  /** the headings it stands under, outermost first */
  section: string[];
}

export interface DjiNote {
  /** Dutch: "Vraag", "Aanvulling nodig", "Akkoord" */
  kind: string;
  body: string;
  author: string;
  /** the checklist item or the quoted passage it is about */
  about: string | null;
  section: string[];
}

/** A checklist item as the overview shows it. */
export interface DjiItem {
  id: string;
  label: string;
  level: ChecklistVerdict['level'];
  status: ChecklistStatus;
  justified: { kind: JustificationKind; reason: string } | null;
  words: number;
  /** why this status, in Dutch (the checklist's reason) */
  reason: string;
  excerpts: DjiExcerpt[];
  notes: DjiNote[];
}

export interface DjiTheme extends DjiItem {
  theme: number;
  pillar: number;
  focus: boolean;
}

export interface DjiAspect {
  /** the known aspect's id (lib/knowledge/aspects.json), null for the user's own */
  id: string | null;
  /** its KKFZ article ("3.1.3"), where known */
  article: string | null;
  title: string;
  /** as stored, else as the report's own status table writes it, else null (unknown) */
  status: string | null;
  source: 'opgeslagen' | 'verslag' | null;
  /** whether the report's text addresses it; null for the user's own aspects (not known) */
  addressed: boolean | null;
}

export interface DjiPillar extends DjiItem {
  pillar: number;
  /** its themes, every one, in KKFZ order; a pillar without themes shows its own excerpts */
  themes: DjiTheme[];
  aspects: DjiAspect[];
}

export interface DjiOmission {
  id: string;
  label: string;
  kind: JustificationKind;
  reason: string;
}

export interface DjiOverview {
  /** "Overzicht voor DJI — <organisation>" */
  heading: string;
  /** the report's title, year and date made, one line */
  subtitle: string;
  focus: { themes: number[]; source: Analysis['focusSource'] | null; line: string };
  /** one line: the themes by status, the required items still open */
  summary: string;
  /** the focus themes, the same objects as in `pillars` */
  focusThemes: DjiTheme[];
  pillars: DjiPillar[];
  keyFigures: DjiItem[];
  omissions: DjiOmission[];
  /** open notes about nothing above: the general part, another checklist item, or not placed */
  otherNotes: DjiNote[];
}

function focusLine(source: Analysis['focusSource'], year: number | null, themes: number[]): string {
  const list = themes.join(', ');
  if (source === 'options') return `Focusthema’s zelf gekozen: ${list}`;
  if (source === 'none') return 'Geen focusthema’s (zelf gekozen)';
  if (source === 'year') {
    if (year === null) return 'Geen focusthema’s: het verslagjaar is niet bekend';
    return themes.length
      ? `Focusthema’s volgens het verslagjaar ${year} (jaarschema DJI): ${list}`
      : `Geen focusthema’s volgens het verslagjaar ${year}`;
  }
  return themes.length ? `Focusthema’s: ${list}` : 'Geen focusthema’s';
}

export function djiOverview(input: DjiInput): DjiOverview {
  const a = input.analysis;
  const blocks = a.document.blocks;
  const toc = findTableOfContents(blocks);
  const words = blocks.map((b) => countWords(b.text));
  const verdicts = new Map(a.checklist.map((v) => [v.id, v]));
  const { aspects: known, statusTables } = reportAspects(blocks, a.mappings, a.effectiveYear);
  const statusBlocks = new Set(statusTables.map((t) => t.block));

  /** Never an excerpt: a heading, a contents line, a status table, an overview of many themes (a planning table). */
  const excluded = (i: number) =>
    blocks[i]!.kind === 'heading' ||
    toc.has(i) ||
    statusBlocks.has(i) ||
    (a.mappings[i]?.themes.length ?? 0) >= defaultProfile.overviewThemes;

  /** How well a block reads as an account: running text of some length, surely mapped. */
  const proseScore = (i: number): number => {
    const b = blocks[i]!;
    const kind = b.kind === 'paragraph' ? 2 : b.kind === 'list-item' ? 1.5 : 0.5;
    // a line that opens a list ("Er zijn een aantal ontwikkelingen:") is hardly an account
    const opener = b.text.endsWith(':') ? 1 : 0;
    return kind - opener + Math.min(words[i]!, 80) / 80 + (a.mappings[i]?.confidence ?? 0) / 2;
  };

  /** The best blocks, from different sections where there are enough, in document order. The blocks that are
   * not `wanted` only fill in when none is: a label ("Doel:", "Thema 2: Herstelgerichte zorg") is no account. */
  const excerptsOf = (
    candidates: readonly number[],
    bonus: (i: number) => number = () => 0,
    wanted = (i: number) => words[i]! >= MIN_WORDS,
  ): DjiExcerpt[] => {
    const usable = candidates.filter((i) => !excluded(i));
    const pool = usable.some(wanted) ? usable.filter(wanted) : usable;
    const ranked = pool
      .map((i) => ({ i, score: proseScore(i) + bonus(i) }))
      .sort((x, y) => y.score - x.score || x.i - y.i);
    const picked: number[] = [];
    const sections = new Set<string>();
    // first one passage of running text per section, then the best of the rest
    for (const { i, score } of ranked) {
      const key = blocks[i]!.headingPath.join('\u0000');
      if (picked.length === MAX_EXCERPTS || score < PROSE || sections.has(key)) continue;
      picked.push(i);
      sections.add(key);
    }
    for (const { i } of ranked) if (picked.length < MAX_EXCERPTS && !picked.includes(i)) picked.push(i);
    return picked
      .sort((x, y) => x - y)
      .map((i) => ({ block: i, text: excerpt(blocks[i]!.text), section: blocks[i]!.headingPath }));
  };

  // open notes, each where it belongs: its theme, else its pillar, else its key figure item, else apart
  const notesAt = new Map<string, DjiNote[]>();
  const otherNotes: DjiNote[] = [];
  for (const n of input.notes ?? []) {
    if (n.status !== 'open') continue;
    const itemId = n.target.kind === 'checklist' ? n.target.itemId : undefined;
    const item = itemId ? verdicts.get(itemId) : undefined;
    const quote = n.target.quote ? excerpt(n.target.quote.exact, MAX_QUOTE) : null;
    const note: DjiNote = {
      kind: NOTE_KIND[n.kind],
      body: n.body,
      author: n.author,
      about: item?.label ?? quote,
      section: n.target.headingPath,
    };
    const topic = noteTopic(n, a);
    const at = topic.themes[0]
      ? themeItemId(topic.themes[0])
      : topic.pillar
        ? pillarItemId(topic.pillar)
        : (KEY_FIGURE_ITEMS as readonly string[]).includes(itemId ?? '')
          ? itemId!
          : null;
    if (at) notesAt.set(at, [...(notesAt.get(at) ?? []), note]);
    else otherNotes.push(note);
  }

  const itemOf = (id: string, label: string, excerpts: (v: ChecklistVerdict) => DjiExcerpt[]): DjiItem => {
    // an analysis always has every item; a stored one from an older profile might lack one
    const v = verdicts.get(id) ?? {
      id,
      label,
      level: 'recommended',
      status: 'missing',
      evidence: [],
      words: 0,
      reason: 'niet beoordeeld',
    };
    return {
      id,
      label: v.label,
      level: v.level,
      status: v.status,
      justified: v.justified ?? null,
      words: v.words,
      reason: v.reason,
      excerpts: excerpts(v),
      notes: notesAt.get(id) ?? [],
    };
  };

  const theme = (t: (typeof framework.themes)[number]): DjiTheme => ({
    ...itemOf(themeItemId(t.id), `Thema ${t.id}: ${themeName(t.id)}`, (v) =>
      excerptsOf(v.evidence, (i) => (a.mappings[i]?.themes[0] === t.id ? 0.5 : 0)),
    ),
    theme: t.id,
    pillar: t.pillar,
    focus: a.focusThemes.includes(t.id),
  });

  const keyFigures = KEY_FIGURE_ITEMS.map((id) =>
    itemOf(id, id, (v) => {
      // the clear key figures (or the statement of exemption) first; passages without figures only when none has them
      const clear = (i: number) =>
        isKeyFigures(blocks[i]!) || (id === 'prestatie-indicatoren' && EXEMPTION.test(fold(blocks[i]!.text)));
      return excerptsOf(
        v.evidence,
        (i) => (clear(i) ? 3 : 0),
        (i) => clear(i) || /\d/.test(blocks[i]!.text),
      );
    }),
  );
  const shownAsFigures = new Set(keyFigures.flatMap((k) => k.excerpts.map((e) => e.block)));

  const aspectsOf = aspectsByPillar(known, input.aspectStatuses ?? []);
  const pillars: DjiPillar[] = framework.pillars.map((p) => {
    const themes = framework.themes.filter((t) => t.pillar === p.id).map(theme);
    return {
      // the themes hold a pillar's passages; a pillar without themes (5) shows its own, apart from the key figures
      ...itemOf(pillarItemId(p.id), `Pijler ${p.id}: ${p.name}`, (v) =>
        themes.length ? [] : excerptsOf(v.evidence.filter((i) => !shownAsFigures.has(i))),
      ),
      pillar: p.id,
      themes,
      aspects: aspectsOf(p.id),
    };
  });
  const allThemes = pillars.flatMap((p) => p.themes);

  // KKFZ order: each pillar with its themes, then the other items in the checklist's order
  const order = framework.pillars.flatMap((p) => [
    pillarItemId(p.id),
    ...framework.themes.filter((t) => t.pillar === p.id).map((t) => themeItemId(t.id)),
  ]);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const omissions = a.checklist
    .filter((v) => v.justified)
    .sort((x, y) => rank(x.id) - rank(y.id))
    .map((v) => ({ id: v.id, label: v.label, kind: v.justified!.kind, reason: v.justified!.reason }));

  const madeAt = new Date(input.madeAt ?? Date.now());
  const year = a.effectiveYear;
  return {
    heading: input.organisation ? `Overzicht voor DJI — ${input.organisation}` : 'Overzicht voor DJI',
    subtitle: [
      input.title,
      year ? `verslagjaar ${year}` : 'verslagjaar onbekend',
      `gemaakt op ${madeAt.toLocaleDateString('nl-NL', { dateStyle: 'long' })}`,
    ].join(' · '),
    focus: {
      themes: a.focusThemes,
      source: a.focusSource ?? null,
      line: focusLine(a.focusSource, year, a.focusThemes),
    },
    summary: summaryLine(allThemes, a.checklist),
    focusThemes: allThemes.filter((t) => t.focus),
    pillars,
    keyFigures,
    omissions,
    otherNotes,
  };
}

/** "Thema’s: 9 aanwezig, 3 dun, 1 ontbreekt, 1 verantwoord · 2 verplichte onderdelen open" */
function summaryLine(themes: DjiTheme[], checklist: ChecklistVerdict[]): string {
  const count = (has: (t: DjiTheme) => boolean) => themes.filter(has).length;
  const parts = (['present', 'thin', 'missing'] as const)
    .map((s) => [count((t) => !t.justified && t.status === s), STATUS_NL[s]] as const)
    .filter(([n]) => n > 0);
  const justified = count((t) => t.justified !== null);
  const open = checklist.filter(isOpenRequired).length;
  const themeCounts = [...parts.map(([n, s]) => `${n} ${s}`), ...(justified ? [`${justified} verantwoord`] : [])].join(
    ', ',
  );
  const required = open
    ? plural('nl', open, { one: '# verplicht onderdeel open', other: '# verplichte onderdelen open' })
    : 'alle verplichte onderdelen aanwezig of verantwoord';
  return `Thema’s: ${themeCounts} · ${required}`;
}

/** Per pillar its known aspects (a stored status wins over the report's table) and the user's own. */
function aspectsByPillar(known: ReportAspect[], stored: AspectStatus[]): (pillar: number) => DjiAspect[] {
  const mine = storedAspects(stored);
  const articleOf = new Map(aspects.map((a) => [a.id, a.article]));
  const state = STATE_WORDS.nl;
  return (pillar) => [
    ...known
      .filter((k) => k.pillar === pillar)
      .map((k): DjiAspect => {
        const s = mine.known.get(k.id);
        return {
          id: k.id,
          article: articleOf.get(k.id) ?? null,
          title: k.title,
          status: s ? state[s.status] : k.status,
          source: s ? 'opgeslagen' : k.status ? 'verslag' : null,
          addressed: k.evidence.length > 0,
        };
      }),
    ...mine.own
      .filter((s) => s.pillar === pillar)
      .map((s): DjiAspect => ({
        id: null,
        article: null,
        title: s.aspect,
        status: state[s.status],
        source: 'opgeslagen',
        addressed: null,
      })),
  ];
}
