// Last year's report as the start of this year's: every block carried into the KKFZ structure, with what
// went stale flagged and a first suggestion of what to do with it (keep / needs update / drop), and last
// year's status of every quality aspect.
import type { Analysis, AspectStatus, CarryDraft, CarryItem } from '../schema';
import { reportAspects } from '../aspects/report-aspects';
import { yearStatuses } from '../aspects/year-statuses';
import { findTableOfContents } from '../classify/toc';
import { scheduledFocus } from '../knowledge/focus';
import { themeName } from '../knowledge/framework';
import { findStale } from './stale';
import { fileBlocks, sectionRank } from './sections';

export interface CarryMeta {
  id: string;
  reportId: string;
  sourceDraftId: string;
  organisation: string;
  /** the year the source report is about */
  fromYear: number;
  /** ISO time of creation */
  now: string;
}

/** Last year's title with this year in it, or a plain one. */
export function carriedTitle(title: string | null, fromYear: number): string {
  const year = String(fromYear + 1);
  const renamed = title?.replace(new RegExp(`(?<!\\d)${fromYear}(?!\\d)`, 'g'), year);
  return renamed && renamed !== title ? renamed : `Kwaliteitsverslag ${year}`;
}

/** `analysis` is the source draft as the user sees it: corrections applied. `stored`: the report's aspect
 * statuses as the user set them; the report's own status table fills in the rest. */
export function carryForward(analysis: Analysis, meta: CarryMeta, stored: readonly AspectStatus[] = []): CarryDraft {
  const { blocks } = analysis.document;
  const flags = findStale(blocks, analysis.mappings, meta.fromYear);
  const filed = fileBlocks(blocks, analysis.mappings);
  const toc = findTableOfContents(blocks);
  // last year's title and table of contents are rebuilt, not carried
  const first = blocks[0];
  const titleBlock =
    first?.kind === 'heading' && (first.text === analysis.document.title || first.text.includes(String(meta.fromYear)))
      ? first
      : null;
  const dropped = (i: number) => toc.has(i) || i === titleBlock?.i;
  const items = blocks.map((b, k): CarryItem => {
    const item: CarryItem = {
      blockId: b.id,
      i: b.i,
      kind: b.kind,
      text: b.text,
      pillar: filed[k]!.pillar,
      theme: filed[k]!.theme,
      themes: analysis.mappings[k]!.themes,
      flags: flags[k]!,
      state: dropped(b.i) ? 'drop' : flags[k]!.length ? 'update' : 'keep',
    };
    if (b.level !== undefined) item.level = b.level;
    if (b.depth !== undefined) item.depth = b.depth;
    if (b.rows) item.rows = b.rows;
    return item;
  });
  items.sort((a, b) => sectionRank(a) - sectionRank(b) || a.i - b.i);
  return {
    id: meta.id,
    reportId: meta.reportId,
    sourceDraftId: meta.sourceDraftId,
    organisation: meta.organisation,
    fromYear: meta.fromYear,
    year: meta.fromYear + 1,
    title: carriedTitle(analysis.document.title, meta.fromYear),
    createdAt: meta.now,
    updatedAt: meta.now,
    items,
    aspects: yearStatuses(reportAspects(blocks, analysis.mappings, meta.fromYear), stored),
  };
}

/** The focus themes of the draft's year (next year's, from the schedule) as "4 Betrekken cliënt/netwerk";
 * [] when the year has none, null when the schedule does not know the year. */
export function draftFocus(draft: Pick<CarryDraft, 'year'>): string[] | null {
  return scheduledFocus(draft.year)?.map((t) => `${t} ${themeName(t)}`) ?? null;
}
