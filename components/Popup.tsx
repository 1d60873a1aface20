// The toolbar popup: the open report's state in one line, and the way into the workspace.
import { focusOption } from '@/lib/knowledge/focus';
import { useEffect, useState } from 'preact/hooks';
import { applyCorrections } from '@/lib/analyse';
import type { KkfzDb } from '@/lib/storage/db';
import { correctionsOfReport, justificationsOf, readSettings } from '@/lib/storage/repository';
import { applyJustifications, isOpenRequired } from '@/lib/checklist/justify';
import { STRINGS, type Strings } from './i18n';

export interface PopupProps {
  db: KkfzDb;
  openWorkspace(): Promise<void>;
  openOptions(): Promise<void>;
  /** the toolbar click granted access to the current tab: hand it to the workspace's fill view */
  fillThisPage(): Promise<void>;
}

/** One line on the current draft, with the user's corrections and settings applied as in the panel. */
export async function statusLine(db: KkfzDb, t: Strings): Promise<string> {
  const settings = await readSettings(db);
  const draft = settings.currentDraftId ? await db.drafts.get(settings.currentDraftId) : undefined;
  if (!draft) return t.popup.none;
  const analysis = applyCorrections(draft.analysis, await correctionsOfReport(db, draft.reportId), { focusThemes: focusOption(settings.focusThemes), thinWords: settings.thinWords });
  const open = applyJustifications(analysis.checklist, await justificationsOf(db, draft.reportId)).filter(isOpenRequired).length;
  const report = await db.reports.get(draft.reportId);
  return t.popup.status(report?.title ?? draft.fileName, open);
}

export function Popup({ db, openWorkspace, openOptions, fillThisPage }: PopupProps) {
  const [t, setT] = useState<Strings>(STRINGS.nl);
  const [line, setLine] = useState('');
  useEffect(() => {
    readSettings(db)
      .then(async (s) => {
        const strings = STRINGS[s.language];
        setT(strings);
        setLine(await statusLine(db, strings));
      })
      .catch((e: unknown) => setLine(e instanceof Error ? e.message : String(e)));
  }, [db]);
  return (
    <main class="popup">
      <h1>{t.appName}</h1>
      <p data-testid="popup-status">{line}</p>
      <div class="actions">
        <button type="button" onClick={() => void openWorkspace().then(() => window.close())}>
          {t.popup.open}
        </button>
        <button type="button" onClick={() => void fillThisPage().then(() => window.close())} data-testid="popup-fill">
          {t.popup.fill}
        </button>
        <button type="button" class="link" onClick={() => void openOptions()}>
          {t.popup.options}
        </button>
      </div>
    </main>
  );
}
