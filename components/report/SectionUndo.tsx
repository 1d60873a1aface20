// After a section-wide correction: what changed, and one "Ongedaan maken" for all of it (Ctrl+Z in the report
// does the same). Focus moves here, so the keyboard user hears the result and can undo at once.
import { useEffect, useRef } from 'preact/hooks';
import type { Strings } from '../i18n';

export function SectionUndo({
  t,
  applied,
  skipped,
  undone,
  onUndo,
}: {
  t: Strings;
  applied: number;
  skipped: number;
  undone: boolean;
  onUndo(): void;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => (undone ? status.current?.focus() : ref.current?.focus()), [undone]);
  return (
    <div class="section-undo" data-testid="section-change" data-undone={undone || undefined}>
      <p role="status" ref={status} tabIndex={-1}>
        {undone ? t.report.undone : t.report.sectionDone(applied, skipped)}
      </p>
      {!undone && (
        <p>
          <button type="button" ref={ref} onClick={onUndo} data-testid="section-undo" aria-keyshortcuts="Control+Z">
            {t.report.undo}
          </button>{' '}
          <small>{t.report.undoHint}</small>
        </p>
      )}
    </div>
  );
}
