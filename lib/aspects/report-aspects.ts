// The quality aspects of one report: for every known aspect the blocks that address it and, where the report
// keeps a status table of its aspects, the status it gives the aspect for the report's year.
//
// A block addresses an aspect when its own words name it (readSignals' aspect score of 3 or more: one term that
// names it alone, or clear words adding up) and the map filed it under the aspect's pillar, or when it stands in
// the section of a heading that names the aspect (the heading rule `kop-kwaliteitsaspect`, or a KKFZ article of
// the aspect cited in the heading). Overviews (the table of contents, a status table, a block naming four or
// more aspects) are no account of one aspect.
import type { Block, Mapping } from '../schema';
import { aspects } from '../knowledge/aspects';
import { readSignals } from '../classify/signals';
import { readHeadingTopic, headingWords } from '../classify/heading-topic';
import { findTableOfContents } from '../classify/toc';
import { fold } from '../text/normalize';
import { readStatusTables, type StatusTable } from './status-table';

export interface ReportAspect {
  id: string;
  pillar: number;
  title: string;
  /** block indices, ascending */
  evidence: number[];
  /** the status the report's own table gives it for the year (as written), null where it gives none */
  status: string | null;
  /** where that status stands: the table's block and the year of its column */
  statusFrom: { block: number; year: number } | null;
}

export interface ReportAspects {
  aspects: ReportAspect[];
  statusTables: StatusTable[];
}

/** Own words naming an aspect: enough for a block to address it. */
export const ASPECT_SCORE = 3;
/** A block naming this many aspects at once is an overview. */
const OVERVIEW_ASPECTS = 4;
/** A KKFZ article in a heading: "3.1.3 b)", "artikel 5.1.2", "(6.1.1)". */
const HEADING_ARTICLE =
  /(?:artikel|art\.|kkfz)\s{0,3}([3-7]\.[12]\.\d{1,2})|(?<![\d.])([3-7]\.[12]\.\d{1,2})(?:\s?[a-h]\)|\s?[a-h]\b|\.[a-h]\b|\))/;

/** A heading and every block under it, until a heading of the same or a higher level. */
function sectionOf(blocks: Block[], h: Block): number[] {
  const out = [h.i];
  for (let k = h.i + 1; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind === 'heading' && (b.level ?? 6) <= (h.level ?? 6)) break;
    out.push(k);
  }
  return out;
}

/** The aspect a heading names, if it names one. */
function headingAspect(text: string): string | null {
  const folded = fold(text).trim();
  const article = HEADING_ARTICLE.exec(folded);
  const cited = article ? aspects.find((a) => a.article === (article[1] ?? article[2])) : undefined;
  if (cited) return cited.id;
  const topic = readHeadingTopic(text);
  if (!('rule' in topic) || topic.rule !== 'kop-kwaliteitsaspect') return null;
  let best: [string, number] | null = null;
  for (const [id, s] of readSignals(headingWords(folded)).aspects) if (!best || s.score > best[1]) best = [id, s.score];
  return best && best[1] >= 2 ? best[0] : null;
}

export function reportAspects(blocks: Block[], mappings: Mapping[], year: number | null): ReportAspects {
  const toc = findTableOfContents(blocks);
  const statusTables = readStatusTables(blocks, year);
  const statusBlocks = new Set(statusTables.map((t) => t.block));
  const evidence = new Map<string, Set<number>>(aspects.map((a) => [a.id, new Set<number>()]));
  const pillarOf = new Map(aspects.map((a) => [a.id, a.pillar]));

  for (const b of blocks) {
    if (toc.has(b.i) || statusBlocks.has(b.i)) continue;
    if (b.kind === 'heading') {
      const id = headingAspect(b.text);
      if (id) for (const k of sectionOf(blocks, b)) if (!toc.has(k) && !statusBlocks.has(k)) evidence.get(id)!.add(k);
      continue;
    }
    const named = [...readSignals(b.text).aspects].filter(([, s]) => s.score >= ASPECT_SCORE);
    if (named.length >= OVERVIEW_ASPECTS) continue;
    for (const [id] of named) if (mappings[b.i]?.pillar === pillarOf.get(id)) evidence.get(id)!.add(b.i);
  }

  const statusOf = (id: string): Pick<ReportAspect, 'status' | 'statusFrom'> => {
    // the first table that gives it a status for its year; else the first that has its row (empty cell)
    for (const t of statusTables) {
      const row = t.rows.find((r) => r.aspect === id);
      const s = row?.statuses.find((x) => x.year === t.year)?.status;
      if (s) return { status: s, statusFrom: { block: t.block, year: t.year } };
    }
    return { status: null, statusFrom: null };
  };

  return {
    aspects: aspects.map((a) => ({
      id: a.id,
      pillar: a.pillar,
      title: a.title,
      evidence: [...evidence.get(a.id)!].sort((x, y) => x - y),
      ...statusOf(a.id),
    })),
    statusTables,
  };
}
