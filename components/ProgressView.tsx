// Work on the report: per checklist item a status, an owner and a note; per quality aspect its
// implementation status for the year. Saved as the user types (on change), per report.
import { WorkStatus, type ProgressEntry } from '@/lib/schema';
import { progressOf, setProgress } from '@/lib/storage/repository';
import type { OpenGuidance } from './guidance/subject';
import type { Strings } from './i18n';
import { Aspects } from './progress/Aspects';
import { useLive } from './useLive';
import type { Workspace } from './useWorkspace';

export function ProgressView({
  ws,
  t,
  onShowBlock,
  onGuide,
}: {
  ws: Workspace;
  t: Strings;
  onShowBlock(i: number): void;
  onGuide: OpenGuidance;
}) {
  const reportId = ws.draft!.reportId;
  const progress = useLive(() => progressOf(ws.db, reportId), [ws.db, reportId]);
  const byItem = new Map((progress.state === 'ready' ? progress.value : []).map((p) => [p.itemId, p]));
  const save = (itemId: string, change: Partial<Pick<ProgressEntry, 'status' | 'owner' | 'note'>>) =>
    ws.act(() => setProgress(ws.db, reportId, itemId, change));

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
                  <select
                    aria-label={`${t.progress.status}: ${c.label}`}
                    value={p?.status ?? 'open'}
                    onChange={(e) => save(c.id, { status: WorkStatus.parse(e.currentTarget.value) })}
                  >
                    {WorkStatus.options.map((s) => (
                      <option value={s}>{t.progress.work[s]}</option>
                    ))}
                  </select>
                </td>
                <td data-label={t.progress.owner}>
                  <input
                    aria-label={`${t.progress.owner}: ${c.label}`}
                    value={p?.owner ?? ''}
                    onChange={(e) => save(c.id, { owner: e.currentTarget.value })}
                  />
                </td>
                <td data-label={t.progress.note}>
                  <textarea
                    aria-label={`${t.progress.note}: ${c.label}`}
                    rows={1}
                    value={p?.note ?? ''}
                    onChange={(e) => save(c.id, { note: e.currentTarget.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Aspects ws={ws} t={t} reportId={reportId} onShowBlock={onShowBlock} onGuide={onGuide} />
    </section>
  );
}
