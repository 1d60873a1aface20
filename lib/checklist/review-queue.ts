// The blocks to check first: those the map is unsure of, the ones whose other reading would change the
// checklist most at the top. For each, the pillar its own words point to is offered as the alternative, and
// the checklist items whose verdict that alternative would change are named.
import type { Analysis, ChecklistStatus, Mapping } from '../schema';
import { isUnsure } from '../classify/rules';
import { leadingPillar, readSignals } from '../classify/signals';
import { evaluateChecklist } from './evaluate';

export interface ReviewItem {
  /** block index */
  i: number;
  confidence: number;
  /** the pillar the block's own words point to, when it differs from the mapped one */
  alternative: number | null;
  /** checklist items whose verdict the alternative would change, required ones first */
  changes: { id: string; from: ChecklistStatus; to: ChecklistStatus; required: boolean }[];
  /** how much the alternative changes the checklist: a required item counts double */
  impact: number;
}

/** Re-evaluating the checklist per block is exact but not free: the least certain ones get it, the rest follow. */
const MAX_WEIGHED = 25;

export function reviewQueue(a: Analysis, options: { thinWords?: number } = {}): ReviewItem[] {
  const unsure = a.mappings.filter(isUnsure).sort((x, y) => x.confidence - y.confidence);
  const before = new Map(a.checklist.map((c) => [c.id, c]));
  const alternativeOf = (m: Mapping) => {
    const lead = leadingPillar(readSignals(a.document.blocks[m.i]!.text));
    return lead && lead.pillar !== m.pillar ? lead.pillar : null;
  };
  const weigh = (m: Mapping): ReviewItem => {
    const alternative = alternativeOf(m);
    if (alternative === null) return { i: m.i, confidence: m.confidence, alternative, changes: [], impact: 0 };
    const mappings = a.mappings.map((x) => (x.i === m.i ? { ...x, pillar: alternative } : x));
    const after = evaluateChecklist(a.document.blocks, mappings, {
      focusThemes: a.focusThemes,
      year: a.effectiveYear,
      ...(options.thinWords !== undefined && { thinWords: options.thinWords }),
    });
    const changes = after
      .filter((c) => before.get(c.id)?.status !== c.status)
      .map((c) => ({ id: c.id, from: before.get(c.id)!.status, to: c.status, required: c.level === 'required' }))
      .sort((x, y) => Number(y.required) - Number(x.required));
    return {
      i: m.i,
      confidence: m.confidence,
      alternative,
      changes,
      impact: changes.reduce((s, c) => s + (c.required ? 2 : 1), 0),
    };
  };
  const weighed = unsure.slice(0, MAX_WEIGHED).map(weigh);
  const rest = unsure.slice(MAX_WEIGHED).map((m): ReviewItem => ({
    i: m.i,
    confidence: m.confidence,
    alternative: alternativeOf(m),
    changes: [],
    impact: 0,
  }));
  // most checklist change first, then least certain, then document order
  weighed.sort((x, y) => y.impact - x.impact || x.confidence - y.confidence || x.i - y.i);
  return [...weighed, ...rest];
}
