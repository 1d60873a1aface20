// "Niet geplaatste correcties": the report's corrections that could not be placed surely on the open draft
// (their block was removed or changed beyond recognition), with their text and what they set; kept until
// the user removes them.
import { pillarName } from '@/lib/knowledge/framework';
import type { Correction } from '@/lib/schema';
import { removeCorrection } from '@/lib/storage/repository';
import type { Strings } from '../i18n';
import type { Workspace } from '../useWorkspace';

const short = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);

export function mappingLabel(t: Strings, c: Pick<Correction, 'pillar' | 'themes'>): string {
  const pillar = c.pillar ? `${t.report.pillar} ${c.pillar}: ${pillarName(c.pillar)}` : t.report.general;
  return [pillar, ...c.themes.map((th) => `T${th}`)].join(' · ');
}

export function UnplacedCorrections({ ws, t }: { ws: Workspace; t: Strings }) {
  if (!ws.unplaced.length) return null;
  return (
    <section
      class="unplaced-corrections"
      aria-labelledby="unplaced-corrections-title"
      data-testid="unplaced-corrections"
    >
      <h3 id="unplaced-corrections-title">{t.report.unplacedTitle(ws.unplaced.length)}</h3>
      <p>{t.report.unplacedIntro}</p>
      <ul>
        {ws.unplaced.map((c) => {
          const text = c.target ? short(c.target.quote.exact) : t.report.unplacedUnknown;
          const section = c.target?.headingPath.at(-1);
          return (
            <li key={c.id} data-correction-id={c.id} data-pillar={c.pillar} data-themes={c.themes.join(',')}>
              <q>{text}</q>
              {section && <small> — {section}</small>}
              <br />
              <small>{t.report.unplacedSet(mappingLabel(t, c))}</small>{' '}
              <button
                type="button"
                class="link danger"
                data-testid="unplaced-remove"
                aria-label={t.report.unplacedRemoveLabel(text)}
                onClick={() => void ws.act(() => removeCorrection(ws.db, c.id))}
              >
                {t.report.unplacedRemove}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
