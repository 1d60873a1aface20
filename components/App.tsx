// The side panel: the views over one workspace. Storage problems show as a banner above every view.
import { browser } from 'wxt/browser';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '@/lib/schema';
import type { KkfzDb } from '@/lib/storage/db';
import type { StorageProblem } from '@/lib/storage/errors';
import { STRINGS } from './i18n';
import { Tabs } from './Tabs';
import { useWorkspace } from './useWorkspace';
import type { Analyse } from './adapters/analyse-protocol';
import { browserPages, type PageAccess } from './adapters/page-access';
import type { TemplateWork } from './adapters/template-protocol';
import { GuidancePanel } from './guidance/GuidancePanel';
import type { GuidanceSubject } from './guidance/subject';
import { PersistNotice } from './PersistNotice';
import { useNotes } from './notes/useNotes';
import { VIEW_KEYS, VIEWS, type ViewKey } from './views';

export interface AppProps {
  db: KkfzDb;
  /** runs the analysis (in a worker in the extension, in-process in tests) */
  analyse: Analyse;
  /** a storage problem found outside any action, e.g. an upgrade blocked by another panel */
  notice?: StorageProblem | null;
  /** false when the browser did not grant persistent storage */
  persisted?: boolean;
  /** the browser's tabs for filling forms (tests pass their own) */
  pages?: PageAccess;
  /** reads and writes Word templates (in a worker in the extension, in-process in tests) */
  templates: TemplateWork;
  /** opens the options page (tests pass their own) */
  openOptions?: () => Promise<void>;
}

const openOptionsPage = () => browser.runtime.openOptionsPage();

export function App({
  db,
  analyse,
  notice = null,
  persisted = true,
  pages = browserPages,
  templates,
  openOptions = openOptionsPage,
}: AppProps) {
  const ws = useWorkspace(db, DEFAULT_SETTINGS);
  const notes = useNotes(ws);
  const t = STRINGS[ws.settings.language];
  const [view, setView] = useState<ViewKey>('import');
  const [focusBlock, setFocusBlock] = useState<number | null>(null);
  // open on the overview once a report is there; start on Import when there is none
  const [started, setStarted] = useState(false);
  // the toolbar's "fill the form on this page" opens the fill view on that tab, now or when the panel opens
  const [fillTab, setFillTab] = useState<number | null>(null);
  const takeFill = () =>
    pages.takeRequest().then((id) => {
      if (id === null) return;
      setFillTab(id);
      setView('fill');
    });
  useEffect(() => pages.onRequest(() => void takeFill()), [pages]);
  useEffect(() => {
    if (started || !ws.ready) return;
    setStarted(true);
    if (ws.settings.currentDraftId) setView('overview');
    void takeFill();
  }, [ws.ready]);
  useEffect(() => {
    document.documentElement.lang = ws.settings.language;
  }, [ws.settings.language]);

  const showBlock = (i: number) => {
    setFocusBlock(i);
    setView('report');
  };
  // the Schrijfhulp over every view; closing it returns focus to what opened it, once the dialog is gone
  const [guide, setGuide] = useState<GuidanceSubject | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const openGuide = (subject: GuidanceSubject) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setGuide(subject);
  };
  useEffect(() => {
    if (guide || !opener.current) return;
    if (opener.current.isConnected) opener.current.focus();
    opener.current = null;
  }, [guide]);
  const showFromGuide = (i: number) => {
    opener.current = null;
    setGuide(null);
    showBlock(i);
  };
  const shown = VIEWS[view];
  const context = { ws, t, notes, analyse, pages, templates, fillTab, focusBlock, show: setView, showBlock, openGuide };

  return (
    <main>
      <header class="app-header">
        <h1>{t.appName}</h1>
        {/* the open report's own organisation, not the one in the options (that is for new imports) */}
        {ws.report && (
          <p class="current" data-testid="current-report">
            {ws.report.organisation && <span class="organisation">{ws.report.organisation} · </span>}
            {ws.report.title}
          </p>
        )}
        <button type="button" class="link" onClick={() => void openOptions()} data-testid="open-options">
          {t.openOptions}
        </button>
      </header>
      {(ws.problem ?? notice) && (
        <div role="alert" class="banner error" data-testid="storage-problem">
          <span>{(ws.problem ?? notice)![ws.settings.language]}</span>
          {ws.problem && (
            <button type="button" class="link" onClick={() => ws.setProblem(null)} aria-label={t.close}>
              ×
            </button>
          )}
        </div>
      )}
      {!persisted && <PersistNotice t={t} />}
      <Tabs<ViewKey>
        label={t.appName}
        tabs={VIEW_KEYS.map((key) => ({ key, label: VIEWS[key].label[ws.settings.language] }))}
        selected={view}
        onSelect={setView}
      >
        {!shown.needsReport || ws.analysis ? (
          shown.render(context)
        ) : (
          <div class="empty">
            <p>{t.noReport}</p>
            <button type="button" onClick={() => setView('import')}>
              {t.toImport}
            </button>
          </div>
        )}
      </Tabs>
      {guide && ws.analysis && (
        <GuidancePanel ws={ws} t={t} subject={guide} onClose={() => setGuide(null)} onShowBlock={showFromGuide} />
      )}
    </main>
  );
}
