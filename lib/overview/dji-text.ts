// The Dutch words of the "Overzicht voor DJI", one set for the HTML and the .docx, so both say the same.
import type { JustificationKind } from '../schema';
import type { DjiAspect, DjiItem, DjiNote, DjiPillar, DjiTheme } from './dji';
import { plural } from '../text/plural';
import { STATUS_WORDS } from '../checklist/status-words';

export const FOCUS_MARK = '★';
export const STATUS_NL = STATUS_WORDS.nl;
export const JUSTIFIED_NL: Record<JustificationKind, string> = {
  'niet-van-toepassing': 'niet van toepassing',
  'bewust-weggelaten': 'bewust weggelaten',
};

export const DJI_NL = {
  focus: `${FOCUS_MARK} Focusthema’s`,
  focusTheme: `${FOCUS_MARK} focusthema`,
  seeFocus: 'Uitgewerkt bij de focusthema’s, bovenaan dit overzicht.',
  aspects: 'Kwaliteitsaspecten',
  noAspects: 'Geen kwaliteitsaspecten bekend voor deze pijler.',
  keyFigures: 'Kerngegevens',
  keyFiguresIntro:
    'Omvang van de forensische zorg, financieel percentage en prestatie-indicatoren (of de vrijstelling daarvan).',
  omissions: 'Verantwoorde weglatingen',
  noOmissions: 'Geen: niets is gemarkeerd als niet van toepassing of bewust weggelaten.',
  otherNotes: 'Overige open notities',
  notes: 'Open notities',
  noExcerpt: 'Geen passage gevonden.',
  /** the section of a passage before the first heading */
  start: 'begin van het verslag',
  footer:
    'Gemaakt met de KKFZ-assistent uit het kwaliteitsverslag; de passages zijn letterlijk overgenomen, ingekort waar “…” staat.',
};

/** The section a passage stands in, as a reader needs it: its two innermost headings. */
export const sectionLabel = (section: readonly string[]) =>
  section.length ? section.slice(-2).join(' › ') : DJI_NL.start;

/** "aanwezig", "dun", "ontbreekt", or the kind of justification. */
export const statusText = (item: Pick<DjiItem, 'status' | 'justified'>) =>
  item.justified ? JUSTIFIED_NL[item.justified.kind] : STATUS_NL[item.status];

/** A theme's heading: "★ Thema 2: Herstelgerichte zorg" for a focus theme. */
export const themeTitle = (t: DjiTheme) => (t.focus ? `${FOCUS_MARK} ${t.label}` : t.label);

/** "22 woorden · verplicht · ★ focusthema": what goes with the status. */
export function itemFacts(item: DjiItem, focus = false): string {
  return [
    plural('nl', item.words, { one: 'woord', other: 'woorden' }),
    item.level === 'required' ? 'verplicht' : 'aanbevolen',
    ...(focus ? [DJI_NL.focusTheme] : []),
  ].join(' · ');
}

/** The table of a pillar: its themes, or for a pillar without themes (5) the key figures it asks for. */
export function pillarTable(
  p: DjiPillar,
  keyFigures: DjiItem[],
): { head: string[]; rows: { title: string; item: DjiItem }[] } {
  const themes = p.themes.length > 0;
  return {
    head: [themes ? 'Thema' : 'Onderdeel', 'Status', 'Woorden', 'Bewijs'],
    rows: themes
      ? p.themes.map((t) => ({ title: themeTitle(t), item: t }))
      : keyFigures.map((k) => ({ title: k.label, item: k })),
  };
}

/** Why the item has its status: the author's justification (with what was found), else the checklist's reason. */
export const reasonText = (item: DjiItem) =>
  item.justified
    ? `${JUSTIFIED_NL[item.justified.kind]}: ${item.justified.reason} (gevonden: ${STATUS_NL[item.status]})`
    : `Waarom: ${item.reason}`;

/** The table's evidence cell: how many passages, and under which headings. */
export function evidenceCell(item: DjiItem): string {
  if (!item.excerpts.length) return '—';
  const where = [...new Set(item.excerpts.map((e) => e.section[e.section.length - 1] ?? DJI_NL.start))];
  return `${plural('nl', item.excerpts.length, { one: 'passage', other: 'passages' })}: ${where.join('; ')}`;
}

/** "3.1.3 De cliënt …: gereed (opgeslagen) · beschreven in het verslag" */
export function aspectText(a: DjiAspect): string {
  const source = a.source === 'opgeslagen' ? ' (opgeslagen)' : a.source === 'verslag' ? ' (volgens het verslag)' : '';
  const addressed =
    a.addressed === null ? '' : a.addressed ? ' · beschreven in het verslag' : ' · niet beschreven in het verslag';
  return `${a.article ? `${a.article} ` : ''}${a.title}: ${a.status ?? 'onbekend'}${source}${addressed}`;
}

/** "Vraag (Anna): Klopt dit cijfer?", and what it is about on a line of its own. */
export const noteHead = (n: DjiNote) => `${n.kind}${n.author ? ` (${n.author})` : ''}`;
export const noteAbout = (n: DjiNote) =>
  [n.about ? `over: ${n.about}` : '', n.section.length ? sectionLabel(n.section) : ''].filter(Boolean).join(' · ');
