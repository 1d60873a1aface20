// Downloads the overview DJI reads (lib/overview/dji.ts) of the open report, as printable HTML or as .docx. Made
// on click from what the workspace holds then: the analysis with its justifications, the stored aspect
// statuses and the open notes as placed on this draft.
import { useState } from 'preact/hooks';
import { djiOverview } from '@/lib/overview/dji';
import { djiOverviewHtml } from '@/lib/overview/dji-html';
import { aspectsOf } from '@/lib/storage/repository';
import { DOCX_TYPE } from '@/lib/docx/media-type';
import { download } from '../adapters/download';
import type { Strings } from '../i18n';
import type { Notes } from '../notes/useNotes';
import type { Workspace } from '../useWorkspace';

const TYPES = {
  html: 'text/html',
  docx: DOCX_TYPE,
} as const;
type Format = keyof typeof TYPES;

export function DjiExport({ ws, notes, t }: { ws: Workspace; notes: Notes; t: Strings }) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const make = async (format: Format) => {
    const { analysis, draft } = ws;
    if (busy || !analysis || !draft) return;
    setBusy(true);
    setNote(null);
    try {
      const model = djiOverview({
        analysis,
        title: ws.report?.title ?? analysis.document.title ?? draft.fileName,
        organisation: ws.report?.organisation ?? '',
        aspectStatuses: await aspectsOf(ws.db, draft.reportId),
        notes: notes.all.map((p) => ({ ...p.note, placement: p.place })),
      });
      // the .docx writer loads when first needed, not with the panel
      const data =
        format === 'html'
          ? djiOverviewHtml(model)
          : await (await import('@/lib/overview/dji-docx')).djiOverviewDocx(model);
      const name = t.files.dji(String(analysis.effectiveYear ?? t.files.noYear), format);
      download(data, name, TYPES[format]);
      setNote({ ok: true, text: t.dji.made(name) });
    } catch (e) {
      setNote({ ok: false, text: `${t.dji.failed}: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div class="actions" role="group" aria-label={t.dji.label} aria-busy={busy}>
        <button type="button" data-testid="dji-html" disabled={busy} onClick={() => make('html')}>
          {t.dji.html}
        </button>
        <button type="button" data-testid="dji-docx" disabled={busy} onClick={() => make('docx')}>
          {t.dji.docx}
        </button>
      </div>
      <div aria-live="polite">{note?.ok && <p class="result ok">{note.text}</p>}</div>
      {note && !note.ok && (
        <p role="alert" class="result error">
          {note.text}
        </p>
      )}
    </>
  );
}
