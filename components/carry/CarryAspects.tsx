// Last year's quality aspect statuses in next year's draft: counted in one line, per pillar a small table when
// opened. Drafts made before statuses were carried have none and show nothing.
import { aspects as known } from '@/lib/knowledge/aspects';
import { pillarName } from '@/lib/knowledge/framework';
import { pillarIds } from '@/lib/knowledge/shape';
import type { CarryDraft } from '@/lib/schema';
import type { Strings } from '../i18n';

const articleOf = new Map(known.map((a) => [a.id, a.article]));

export function CarryAspects({ draft, t }: { draft: CarryDraft; t: Strings }) {
  const aspects = draft.aspects ?? [];
  if (!aspects.length) return null;
  const count = (s: (typeof aspects)[number]['status']) => aspects.filter((a) => a.status === s).length;
  return (
    <details class="carry-aspects" data-testid="carry-aspects">
      <summary>
        {t.carry.aspects(draft.fromYear)}:{' '}
        {t.carry.aspectCounts(count('gereed'), count('in-werking'), count('niet-gestart'), count(null))}
      </summary>
      <p class="meta">{t.carry.aspectsNote(draft.year)}</p>
      {pillarIds.map((pillar) => {
        const rows = aspects.filter((a) => a.pillar === pillar);
        if (!rows.length) return null;
        return (
          <table data-pillar={pillar}>
            <caption>
              {pillar}. {pillarName(pillar)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.progress.aspect}</th>
                <th scope="col">{t.carry.statusIn(draft.fromYear)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const article = a.aspectId ? articleOf.get(a.aspectId) : null;
                return (
                  <tr>
                    <td>
                      {article && <span class="aspect-nr">{article} </span>}
                      {a.aspect}
                    </td>
                    <td>{a.status ? t.progress.state[a.status] : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </details>
  );
}
