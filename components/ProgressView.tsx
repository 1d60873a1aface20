// Work on the report: per checklist item a status, an owner and a note; per quality aspect its
// implementation status for the year. Saved as the user types (on change), per report.
import { useState } from 'preact/hooks';
import { pillarName } from '@/lib/knowledge/framework';
import { AspectState, WorkStatus, type ProgressEntry } from '@/lib/schema';
import { aspectsOf, progressOf, putAspect, removeAspect, setProgress } from '@/lib/storage/repository';
import type { Strings } from './i18n';
import { useLive } from './useLive';
import type { Workspace } from './useWorkspace';

export function ProgressView({ ws, t }: { ws: Workspace; t: Strings }) {
  const reportId = ws.draft!.reportId;
  const progress = useLive(() => progressOf(ws.db, reportId), [ws.db, reportId]);
  const byItem = new Map((progress.state === 'ready' ? progress.value : []).map((p) => [p.itemId, p]));
  const save = (itemId: string, change: Partial<Pick<ProgressEntry, 'status' | 'owner' | 'note'>>) => ws.act(() => setProgress(ws.db, reportId, itemId, change));

  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t.progress.title}</h2>
      <table class="progress-table">
        <thead>
          <tr>
            <th scope="col">{t.progress.item}</th>
            <th scope="col">{t.progress.status}</th>
            <th scope="col">{t.progress.owner}</th>
            <th scope="col">{t.progress.note}</th>
          </tr>
        </thead>
        <tbody>
          {ws.analysis!.checklist.map((c) => {
            const p = byItem.get(c.id);
            return (
              <tr data-progress-id={c.id}>
                <th scope="row">
                  {c.label} <span class={`tag ${c.status}`}>{t.status[c.status]}</span>
                </th>
                <td data-label={t.progress.status}>
                  <select aria-label={`${t.progress.status}: ${c.label}`} value={p?.status ?? 'open'} onChange={(e) => save(c.id, { status: WorkStatus.parse(e.currentTarget.value) })}>
                    {WorkStatus.options.map((s) => (
                      <option value={s}>{t.progress.work[s]}</option>
                    ))}
                  </select>
                </td>
                <td data-label={t.progress.owner}>
                  <input aria-label={`${t.progress.owner}: ${c.label}`} value={p?.owner ?? ''} onChange={(e) => save(c.id, { owner: e.currentTarget.value })} />
                </td>
                <td data-label={t.progress.note}>
                  <textarea aria-label={`${t.progress.note}: ${c.label}`} rows={1} value={p?.note ?? ''} onChange={(e) => save(c.id, { note: e.currentTarget.value })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Aspects ws={ws} t={t} reportId={reportId} />
    </section>
  );
}

function Aspects({ ws, t, reportId }: { ws: Workspace; t: Strings; reportId: string }) {
  const aspects = useLive(() => aspectsOf(ws.db, reportId), [ws.db, reportId]);
  const rows = aspects.state === 'ready' ? aspects.value : [];
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  return (
    <>
      <h3>{t.progress.aspects}</h3>
      <p>{t.progress.aspectsIntro(ws.analysis!.effectiveYear)}</p>
      {[1, 2, 3, 4, 5].map((pillar) => {
        const mine = rows.filter((a) => a.pillar === pillar);
        const name = drafts[pillar] ?? '';
        return (
          <fieldset class="aspects" data-aspects-pillar={pillar}>
            <legend>
              {pillar}. {pillarName(pillar)}
            </legend>
            {mine.length === 0 && <p class="empty-note">{t.progress.noAspects}</p>}
            <ul>
              {mine.map((a) => (
                <li>
                  <span>{a.aspect}</span>
                  <select
                    aria-label={`${t.progress.status}: ${a.aspect}`}
                    value={a.status}
                    onChange={(e) => ws.act(() => putAspect(ws.db, { ...a, status: AspectState.parse(e.currentTarget.value) }))}
                  >
                    {AspectState.options.map((s) => (
                      <option value={s}>{t.progress.state[s]}</option>
                    ))}
                  </select>
                  <button type="button" class="link" aria-label={`${t.progress.remove}: ${a.aspect}`} onClick={() => ws.act(() => removeAspect(ws.db, a.id))}>
                    {t.progress.remove}
                  </button>
                </li>
              ))}
            </ul>
            <form
              class="inline"
              onSubmit={async (e) => {
                e.preventDefault();
                if (!name.trim()) return;
                if (await ws.act(() => putAspect(ws.db, { reportId, pillar, aspect: name.trim(), status: 'niet-gestart' }))) setDrafts({ ...drafts, [pillar]: '' });
              }}
            >
              <input aria-label={`${t.progress.newAspect} (${pillarName(pillar)})`} placeholder={t.progress.newAspect} value={name} onInput={(e) => setDrafts({ ...drafts, [pillar]: e.currentTarget.value })} />
              <button type="submit">{t.progress.add}</button>
            </form>
          </fieldset>
        );
      })}
    </>
  );
}
