// The toolbar popup: the open report's state in one line, and the way into the workspace.
import { useEffect, useState } from 'preact/hooks';
import type { KkfzDb } from '@/lib/storage/db';
import { readSettings } from '@/lib/storage/repository';
import { isOpenRequired } from '@/lib/checklist/justify';
import { loadOpenReport } from '@/lib/workspace/open-report';
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
  const open = await loadOpenReport(db);
  if (!open) return t.popup.none;
  return t.popup.status(
    open.report?.title ?? open.draft.fileName,
    open.analysis.checklist.filter(isOpenRequired).length,
  );
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
