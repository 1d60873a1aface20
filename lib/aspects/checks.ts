// What to look at in a report's quality aspects: an aspect the report never addresses, a status table with empty
// cells for the report's year, and a stored status the report's own table contradicts. Each check names the
// aspects it is about and the block that shows it, in Dutch and English.
import type { AspectStatus, Block } from '../schema';
import { aspects as known } from '../knowledge/aspects';
import { normalizeSpace } from '../text/normalize';
import type { Localised } from '../text/localised';
import type { ReportAspects } from './report-aspects';
import { STATE_WORDS } from './state-words';
import { storedAspects } from './stored';
import { suggestState } from './suggest';

export type AspectCheckKind = 'unaddressed' | 'empty-cells' | 'disagrees';

export interface AspectCheck extends Localised {
  kind: AspectCheckKind;
  /** the known aspects it is about */
  aspects: string[];
  /** the block that shows it (a status table), or null */
  block: number | null;
}

const byId = new Map(known.map((a) => [a.id, a]));

/** Short words for a table row: up to `max` characters, cut at a word. */
function clip(text: string, max = 50): string {
  const t = normalizeSpace(text);
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return `${t.slice(0, cut > 0 ? cut : max - 1)}…`;
}

const label = (id: string) => {
  const a = byId.get(id)!;
  return a.article ? `${a.article} ${a.title}` : a.title;
};

export function aspectChecks(
  blocks: readonly Block[],
  ra: ReportAspects,
  stored: readonly AspectStatus[],
): AspectCheck[] {
  const out: AspectCheck[] = [];

  for (const a of ra.aspects) {
    if (a.evidence.length) continue;
    // a row in a status table is a status, not an account of the aspect
    const table = ra.statusTables.find((t) => t.rows.some((r) => r.aspect === a.id));
    out.push({
      kind: 'unaddressed',
      aspects: [a.id],
      block: table?.block ?? null,
      nl: `${label(a.id)}: nergens in het verslag besproken${table ? ', alleen in de statustabel' : ''}.`,
      en: `${label(a.id)}: not addressed anywhere in the report${table ? ', only in the status table' : ''}.`,
    });
  }

  for (const t of ra.statusTables) {
    const empty = t.emptyCells.filter((c) => c.year === t.year);
    if (!empty.length) continue;
    const rows = blocks[t.block]?.rows ?? [];
    // a known aspect by its number; a row without one by its own words
    const names = empty.map((c) => {
      const a = c.aspect ? byId.get(c.aspect) : undefined;
      if (a?.article) return a.article;
      const words = (rows[c.row] ?? []).find((cell) => /\p{L}{2}/u.test(cell));
      return `“${clip(words ?? a?.title ?? '')}”`;
    });
    const list = names.join(', ');
    out.push({
      kind: 'empty-cells',
      aspects: empty.flatMap((c) => (c.aspect ? [c.aspect] : [])),
      block: t.block,
      nl: `Statustabel zonder status voor ${t.year} bij ${empty.length === 1 ? '1 rij' : `${empty.length} rijen`}: ${list}.`,
      en: `Status table without a status for ${t.year} in ${empty.length === 1 ? '1 row' : `${empty.length} rows`}: ${list}.`,
    });
  }

  const mine = storedAspects(stored).known;
  for (const a of ra.aspects) {
    const state = a.status === null ? null : suggestState(a.status);
    const own = mine.get(a.id)?.status;
    if (!state || !own || state === own) continue;
    out.push({
      kind: 'disagrees',
      aspects: [a.id],
      block: a.statusFrom!.block,
      nl: `${label(a.id)}: hier ‘${STATE_WORDS.nl[own]}’, in de statustabel van het verslag ‘${a.status}’.`,
      en: `${label(a.id)}: ‘${STATE_WORDS.en[own]}’ here, ‘${a.status}’ in the report’s status table.`,
    });
  }
  return out;
}
