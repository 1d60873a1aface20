// The side panel: the views over one workspace. Storage problems show as a banner above every view.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '@/lib/schema';
import type { KkfzDb } from '@/lib/storage/db';
import type { StorageProblem } from '@/lib/storage/errors';
import { STRINGS } from './i18n';
import { Tabs } from './Tabs';
import { useWorkspace } from './useWorkspace';
import { ImportView, type Analyse } from './ImportView';
import { OverviewView } from './OverviewView';
import { ReportView } from './ReportView';
import { ProgressView } from './ProgressView';
import { LibraryView } from './LibraryView';
import { CarryView } from './carry/CarryView';
import { FillView } from './fill/FillView';
import { browserPages, type PageAccess } from './fill/page-access';
import { NotesView } from './notes/NotesView';
import { GuidancePanel } from './guidance/GuidancePanel';
import type { GuidanceSubject } from './guidance/subject';
import { PersistNotice } from './PersistNotice';
import { useNotes } from './notes/useNotes';

export type View = 'import' | 'overview' | 'report' | 'notes' | 'progress' | 'carry' | 'fill' | 'library';

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
  /** opens the options page (tests pass their own) */
  openOptions?: () => Promise<void>;
}

const openOptionsPage = () => browser.runtime.openOptionsPage();

export function App({ db, analyse, notice = null, persisted = true, pages = browserPages, openOptions = openOptionsPage }: AppProps) {
  const ws = useWorkspace(db, DEFAULT_SETTINGS);
  const notes = useNotes(ws);
  const t = STRINGS[ws.settings.language];
  const [view, setView] = useState<View>('import');
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
  const needsReport = (content: () => preact.JSX.Element) =>
    ws.analysis ? (
      content()
    ) : (
      <div class="empty">
        <p>{t.noReport}</p>
        <button type="button" onClick={() => setView('import')}>
          {t.toImport}
        </button>
      </div>
    );

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
      <Tabs<View>
        label={t.appName}
        tabs={(['import', 'overview', 'report', 'notes', 'progress', 'carry', 'fill', 'library'] as const).map((key) => ({ key, label: t.tabs[key] }))}
        selected={view}
        onSelect={setView}
      >
        {view === 'import' && <ImportView ws={ws} t={t} analyse={analyse} onDone={() => setView('overview')} onCompare={() => setView('carry')} />}
        {view === 'overview' && needsReport(() => <OverviewView analysis={ws.analysis!} ws={ws} notes={notes} t={t} onShowBlock={showBlock} onGuide={openGuide} />)}
        {view === 'report' && needsReport(() => <ReportView ws={ws} t={t} focusBlock={focusBlock} notes={notes} />)}
        {view === 'notes' && needsReport(() => <NotesView ws={ws} t={t} notes={notes} onShowBlock={showBlock} />)}
        {view === 'progress' && needsReport(() => <ProgressView ws={ws} t={t} onShowBlock={showBlock} onGuide={openGuide} />)}
        {view === 'carry' && needsReport(() => <CarryView ws={ws} t={t} onShowBlock={showBlock} />)}
        {view === 'fill' && needsReport(() => <FillView ws={ws} t={t} pages={pages} requested={fillTab} />)}
        {view === 'library' && <LibraryView ws={ws} t={t} onOpened={() => setView('overview')} />}
      </Tabs>
      {guide && ws.analysis && <GuidancePanel ws={ws} t={t} subject={guide} onClose={() => setGuide(null)} onShowBlock={showFromGuide} />}
    </main>
  );
}
