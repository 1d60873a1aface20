// Reports per organisation and year, their versions (each imported .docx), and the backup of everything.
import { useState } from 'preact/hooks';
import { deleteDraft, deleteReport } from '@/lib/storage/repository';
import { BackupPanel } from './BackupPanel';
import { Confirm } from './Confirm';
import type { Strings } from './i18n';
import type { Workspace } from './useWorkspace';
import { dateTime } from './date-time';

type Pending = { kind: 'draft' | 'report'; id: string; name: string } | null;

export function LibraryView({ ws, t, onOpened }: { ws: Workspace; t: Strings; onOpened(): void }) {
  const [pending, setPending] = useState<Pending>(null);
  const lang = ws.settings.language;
  const date = (iso: string) => dateTime(iso, lang);

  const remove = async (p: NonNullable<Pending>) => {
    setPending(null);
    const current = ws.draft;
    const closesCurrent = current && (p.kind === 'draft' ? current.id === p.id : current.reportId === p.id);
    await ws.act(() => (p.kind === 'draft' ? deleteDraft(ws.db, p.id) : deleteReport(ws.db, p.id)));
    if (closesCurrent) await ws.updateSettings({ currentDraftId: null });
  };
  const open = async (draftId: string) => {
    if (await ws.updateSettings({ currentDraftId: draftId })) onOpened();
  };

  return (
    <section aria-labelledby="library-title">
      <h2 id="library-title">{t.library.title}</h2>
      {ws.library.length === 0 && <p class="empty">{t.library.empty}</p>}
      <ul class="library">
        {ws.library.map(({ report, drafts }) => (
          <li data-report-id={report.id}>
            <h3>
              {report.organisation || '—'} · {report.year ?? t.library.yearUnknown}
            </h3>
            <p class="meta">
              {report.title} · {t.library.versions(drafts.length)}
            </p>
            <ul>
              {[...drafts].reverse().map((d) => (
                <li data-draft-id={d.id} class={ws.draft?.id === d.id ? 'current' : ''}>
                  <span>
                    {d.fileName}{' '}
                    <small>
                      ({t.library.imported} {date(d.importedAt)})
                    </small>
                  </span>
                  {ws.draft?.id === d.id ? (
                    <span class="tag">{t.library.current}</span>
                  ) : (
                    <button type="button" onClick={() => open(d.id)} aria-label={`${t.library.open}: ${d.fileName}`}>
                      {t.library.open}
                    </button>
                  )}
                  <button
                    type="button"
                    class="link danger"
                    onClick={() => setPending({ kind: 'draft', id: d.id, name: d.fileName })}
                    aria-label={`${t.library.remove}: ${d.fileName}`}
                  >
                    {t.library.remove}
                  </button>
                  {pending?.kind === 'draft' && pending.id === d.id && (
                    <Confirm
                      text={t.library.confirmDraft(d.fileName)}
                      confirm={t.library.confirm}
                      cancel={t.library.cancel}
                      onConfirm={() => remove(pending)}
                      onCancel={() => setPending(null)}
                    />
                  )}
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="link danger"
              onClick={() => setPending({ kind: 'report', id: report.id, name: report.title })}
            >
              {t.library.removeReport}
            </button>
            {pending?.kind === 'report' && pending.id === report.id && (
              <Confirm
                text={t.library.confirmReport(report.title)}
                confirm={t.library.confirm}
                cancel={t.library.cancel}
                onConfirm={() => remove(pending)}
                onCancel={() => setPending(null)}
              />
            )}
          </li>
        ))}
      </ul>
      <BackupPanel ws={ws} t={t} />
    </section>
  );
}
