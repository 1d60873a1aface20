// The quality aspects in Voortgang: the checks on them, then per pillar every aspect of the framework (its status
// for the year, the blocks that address it, the report's own table as a suggestion) and the user's own.
import { useMemo, useRef, useState } from 'preact/hooks';
import { aspectChecks } from '@/lib/aspects/checks';
import { reportAspects } from '@/lib/aspects/report-aspects';
import { storedAspects } from '@/lib/aspects/stored';
import { suggestState } from '@/lib/aspects/suggest';
import { aspects as known } from '@/lib/knowledge/aspects';
import { pillarName } from '@/lib/knowledge/framework';
import { pillarIds } from '@/lib/knowledge/shape';
import type { AspectState, AspectStatus } from '@/lib/schema';
import { aspectsOf, removeAspect, setKnownAspectStatuses } from '@/lib/storage/repository';
import type { OpenGuidance } from '../guidance/subject';
import type { Strings } from '../i18n';
import { useLive } from '../useLive';
import type { Workspace } from '../useWorkspace';
import { AspectChecks } from './AspectChecks';
import { KnownAspect } from './KnownAspect';
import { OwnAspects } from './OwnAspects';

const articleOf = new Map(known.map((a) => [a.id, a.article]));

export interface AspectsProps {
  ws: Workspace;
  t: Strings;
  reportId: string;
  onShowBlock(i: number): void;
  onGuide: OpenGuidance;
}

export function Aspects({ ws, t, reportId, onShowBlock, onGuide }: AspectsProps) {
  const analysis = ws.analysis!;
  const live = useLive(() => aspectsOf(ws.db, reportId), [ws.db, reportId]);
  const ra = useMemo(
    () => reportAspects(analysis.document.blocks, analysis.mappings, analysis.effectiveYear),
    [analysis],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const [taken, setTaken] = useState<number | null>(null);
  // a failed save re-renders, so each select shows the stored status again
  const [, setFailures] = useState(0);
  const save = async (write: () => Promise<unknown>) => {
    if (!(await ws.act(write))) setFailures((n) => n + 1);
  };

  const stored = live.state === 'ready' ? live.value : null;
  const mine = useMemo(() => storedAspects(stored ?? []), [stored]);
  const checks = useMemo(
    () => (stored ? aspectChecks(analysis.document.blocks, ra, stored) : []),
    [analysis, ra, stored],
  );
  const suggestions = ra.aspects.flatMap((a) => {
    const status = a.status === null ? null : suggestState(a.status);
    return status && status !== mine.known.get(a.id)?.status
      ? [{ aspect: a, status, rowId: mine.known.get(a.id)?.id }]
      : [];
  });

  const setState = (a: (typeof ra.aspects)[number], row: AspectStatus | undefined, state: AspectState | null) =>
    save(() =>
      state
        ? setKnownAspectStatuses(ws.db, reportId, [{ aspect: a, status: state, rowId: row?.id }])
        : row
          ? removeAspect(ws.db, row.id)
          : Promise.resolve(),
    );
  const takeAll = async () => {
    const n = suggestions.length;
    if (await ws.act(() => setKnownAspectStatuses(ws.db, reportId, suggestions))) setTaken(n);
    // the button goes once all are taken
    heading.current?.focus();
  };

  return (
    <section class="aspects-section" aria-labelledby="aspects-title">
      <h3 id="aspects-title" ref={heading} tabIndex={-1}>
        {t.progress.aspects}
      </h3>
      <p>{t.progress.aspectsIntro(analysis.effectiveYear)}</p>
      {stored && (
        <>
          <AspectChecks checks={checks} lang={ws.settings.language} t={t} onShowBlock={onShowBlock} />
          {suggestions.length > 0 && (
            <p>
              <button type="button" onClick={() => void takeAll()} data-testid="aspects-take-all">
                {t.progress.takeAll(suggestions.length)}
              </button>
            </p>
          )}
          <p aria-live="polite" class="meta">
            {taken !== null && t.progress.taken(taken)}
          </p>
          {pillarIds.map((pillar) => (
            <fieldset class="aspects" data-aspects-pillar={pillar}>
              <legend>
                {pillar}. {pillarName(pillar)}
              </legend>
              <ul>
                {ra.aspects
                  .filter((a) => a.pillar === pillar)
                  .map((a) => {
                    const row = mine.known.get(a.id);
                    return (
                      <KnownAspect
                        key={a.id}
                        aspect={a}
                        article={articleOf.get(a.id) ?? null}
                        stored={row}
                        t={t}
                        onState={(state) => setState(a, row, state)}
                        onShowBlock={onShowBlock}
                        onGuide={onGuide}
                      />
                    );
                  })}
              </ul>
              <OwnAspects
                ws={ws}
                t={t}
                reportId={reportId}
                pillar={pillar}
                own={mine.own.filter((s) => s.pillar === pillar)}
              />
            </fieldset>
          ))}
        </>
      )}
    </section>
  );
}
