// Every quality aspect's status for the report's year, as it goes into next year's draft: the status the user
// stored, else the one the report's own table gives (when its words name a state), else none. Per pillar the
// known aspects in the framework's order, then the user's own.
import type { AspectStatus, CarryAspect } from '../schema';
import type { ReportAspects } from './report-aspects';
import { storedAspects } from './stored';
import { suggestState } from './suggest';

export function yearStatuses(ra: ReportAspects, stored: readonly AspectStatus[]): CarryAspect[] {
  const mine = storedAspects(stored);
  const known = ra.aspects.map((a): CarryAspect => ({
    aspectId: a.id,
    pillar: a.pillar,
    aspect: a.title,
    status: mine.known.get(a.id)?.status ?? (a.status === null ? null : suggestState(a.status)),
  }));
  const own = mine.own.map((s): CarryAspect => ({ pillar: s.pillar, aspect: s.aspect, status: s.status }));
  // a stable sort: the order within a pillar stays
  return [...known, ...own].sort((x, y) => x.pillar - y.pillar);
}
