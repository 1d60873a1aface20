// The side panel's views, each registered once: its tab label, whether it shows the open report (without one
// it points to Import instead) and what it renders. The tabs follow this order; App renders from this list.
import type { JSX } from 'preact';
import type { Localised } from '@/lib/text/localised';
import type { Analyse } from './adapters/analyse-protocol';
import type { PageAccess } from './adapters/page-access';
import type { TemplateWork } from './adapters/template-protocol';
import type { GuidanceSubject } from './guidance/subject';
import type { Strings } from './i18n';
import type { Notes } from './notes/useNotes';
import type { Workspace } from './useWorkspace';
import { ImportView } from './ImportView';
import { OverviewView } from './OverviewView';
import { ReportView } from './ReportView';
import { NotesView } from './notes/NotesView';
import { ProgressView } from './ProgressView';
import { CarryView } from './carry/CarryView';
import { FillTargets } from './fill/FillTargets';
import { LibraryView } from './LibraryView';

/** What App hands every view. */
export interface ViewContext {
  ws: Workspace;
  t: Strings;
  notes: Notes;
  analyse: Analyse;
  pages: PageAccess;
  /** reads and writes Word templates (in a worker in the extension, in-process in tests) */
  templates: TemplateWork;
  /** the tab the toolbar asked to fill, if any */
  fillTab: number | null;
  /** the block the report view scrolls to */
  focusBlock: number | null;
  show(view: ViewKey): void;
  showBlock(i: number): void;
  openGuide(subject: GuidanceSubject): void;
}

interface ViewEntry {
  label: Localised;
  /** shown only with a report open */
  needsReport: boolean;
  render(c: ViewContext): JSX.Element;
}

export const VIEWS = {
  import: {
    label: { nl: 'Importeren', en: 'Import' },
    needsReport: false,
    render: (c) => (
      <ImportView
        ws={c.ws}
        t={c.t}
        analyse={c.analyse}
        onDone={() => c.show('overview')}
        onCompare={() => c.show('carry')}
      />
    ),
  },
  overview: {
    label: { nl: 'Overzicht', en: 'Overview' },
    needsReport: true,
    render: (c) => (
      <OverviewView
        analysis={c.ws.analysis!}
        ws={c.ws}
        notes={c.notes}
        t={c.t}
        onShowBlock={c.showBlock}
        onGuide={c.openGuide}
      />
    ),
  },
  report: {
    label: { nl: 'Verslag', en: 'Report' },
    needsReport: true,
    render: (c) => <ReportView ws={c.ws} t={c.t} focusBlock={c.focusBlock} notes={c.notes} />,
  },
  notes: {
    label: { nl: 'Notities', en: 'Notes' },
    needsReport: true,
    render: (c) => <NotesView ws={c.ws} t={c.t} notes={c.notes} onShowBlock={c.showBlock} />,
  },
  progress: {
    label: { nl: 'Voortgang', en: 'Progress' },
    needsReport: true,
    render: (c) => <ProgressView ws={c.ws} t={c.t} onShowBlock={c.showBlock} onGuide={c.openGuide} />,
  },
  carry: {
    label: { nl: 'Jaarovergang', en: 'Year to year' },
    needsReport: true,
    render: (c) => <CarryView ws={c.ws} t={c.t} onShowBlock={c.showBlock} />,
  },
  fill: {
    label: { nl: 'Invullen', en: 'Fill a form' },
    needsReport: true,
    render: (c) => <FillTargets ws={c.ws} t={c.t} pages={c.pages} work={c.templates} requested={c.fillTab} />,
  },
  library: {
    label: { nl: 'Bibliotheek', en: 'Library' },
    needsReport: false,
    render: (c) => <LibraryView ws={c.ws} t={c.t} onOpened={() => c.show('overview')} />,
  },
} satisfies Record<string, ViewEntry>;

export type ViewKey = keyof typeof VIEWS;

/** The views in tab order. */
export const VIEW_KEYS = Object.keys(VIEWS) as ViewKey[];
