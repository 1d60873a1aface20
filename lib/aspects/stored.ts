// The user's stored aspect statuses of a report, split into the known aspects' and their own. A row is a known
// aspect's by its aspectId, or by carrying the aspect's title (a row typed by hand, or stored before rows had
// an aspectId); of two rows for one aspect the latest wins.
import type { AspectStatus } from '../schema';
import { aspects } from '../knowledge/aspects';
import { fold } from '../text/normalize';

export interface StoredAspects {
  /** by known aspect id */
  known: Map<string, AspectStatus>;
  /** the user's own aspects, in stored order */
  own: AspectStatus[];
}

const byTitle = new Map(aspects.map((a) => [fold(a.title).trim(), a.id]));

export function storedAspects(stored: readonly AspectStatus[]): StoredAspects {
  const known = new Map<string, AspectStatus>();
  const own: AspectStatus[] = [];
  for (const s of stored) {
    const id = s.aspectId ?? byTitle.get(fold(s.aspect).trim());
    if (!id) own.push(s);
    else if (!known.has(id) || known.get(id)!.updatedAt <= s.updatedAt) known.set(id, s);
  }
  return { known, own };
}
