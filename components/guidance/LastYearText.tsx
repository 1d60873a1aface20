// The user's own text for a subject in last year's report of the same organisation (from the library, with that
// report's corrections), to copy as text or into the draft for next year.
import { useMemo, useState } from 'preact/hooks';
import type { Section } from '@/lib/guidance/for-subject';
import { lastYearBlocks, previewLines, readableLines } from '@/lib/guidance/last-year';
import type { GuidanceSubject } from '@/lib/guidance/subject';
import { loadCorrectedAnalysis } from '@/lib/workspace/corrected-analysis';
import { previousReport } from '@/lib/workspace/previous-report';
import type { Strings } from '../i18n';
import { useLive } from '../useLive';
import type { Workspace } from '../useWorkspace';
import { copyToNextDraft } from './copy-to-draft';

/** Characters shown before "Toon alles". */
const PREVIEW_CHARS = 600;

export function LastYearText({
  ws,
  t,
  subject,
  section,
}: {
  ws: Workspace;
  t: Strings;
  subject: GuidanceSubject;
  section: Section | null;
}) {
  const analysis = ws.analysis!;
  const year = analysis.effectiveYear;
  const organisation = ws.report?.organisation ?? '';
  const previous = previousReport(ws.library, ws.draft!.reportId, year);
  const live = useLive(
    () => (previous ? loadCorrectedAnalysis(ws.db, previous.draft, ws.settings) : null),
    [ws.db, previous?.draft.id, ws.settings.focusThemes, ws.settings.thinWords],
  );
  const before = live.state === 'ready' ? live.value : null;
  const blocks = useMemo(() => (before ? lastYearBlocks(before, subject) : []), [before, subject]);
  const lines = useMemo(() => readableLines(blocks), [blocks]);
  const [all, setAll] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);

  const title = year === null ? t.guide.lastYearUnknown : t.guide.lastYear(year - 1);
  const body = () => {
    if (year === null) return <p class="empty">{t.guide.noYear}</p>;
    if (!previous)
      return (
        <p class="empty" data-testid="last-year-empty">
          {t.guide.noPrevious(year - 1)}
        </p>
      );
    if (live.state === 'loading') return <p class="meta">{t.guide.loading}</p>;
    if (!lines.length) return <p class="empty">{t.guide.nothingLastYear(year - 1)}</p>;
    const preview = previewLines(lines, PREVIEW_CHARS);
    const shown = all ? lines : preview.lines;
    const copyText = async () => {
      try {
        await navigator.clipboard.writeText(lines.join('\n'));
        setMessage(t.guide.copied);
      } catch {
        setMessage(t.guide.copyFailed);
      }
    };
    const copyToDraft = async () => {
      if (copying || !before) return;
      setCopying(true);
      let added = 0;
      const open = { analysis: { ...analysis, effectiveYear: year }, draft: ws.draft!, organisation };
      const ok = await ws.act(async () => {
        added = await copyToNextDraft(
          ws.db,
          open,
          { blocks: before.document.blocks, mappings: before.mappings },
          blocks,
          section,
        );
      });
      if (ok) setMessage(t.guide.addedToDraft(added, year + 1));
      setCopying(false);
    };
    return (
      <>
        <div class="last-year-text" data-testid="last-year-text">
          {shown.map((line) => (
            <p>{line}</p>
          ))}
        </div>
        <div class="actions">
          {preview.cut && (
            <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t.guide.showLess : t.guide.showAll}
            </button>
          )}
          <button type="button" onClick={() => void copyText()}>
            {t.guide.copyText}
          </button>
          <button type="button" onClick={() => void copyToDraft()} disabled={copying} data-testid="copy-to-draft">
            {t.guide.toDraft(year + 1)}
          </button>
        </div>
      </>
    );
  };

  return (
    <section aria-labelledby="guide-last-year" class="last-year">
      <h3 id="guide-last-year">{title}</h3>
      {body()}
      <p aria-live="polite" class="meta" data-testid="last-year-message">
        {message}
      </p>
    </section>
  );
}
