// Importing a file whose bytes are already in the library: open the saved report, or add it anyway. Keyboard
// reachable, focus starts on "open", Escape cancels (nothing is stored).
import { useEffect, useRef } from 'preact/hooks';
import type { Strings } from '../i18n';

export function DuplicatePrompt({
  t,
  report,
  date,
  onOpen,
  onAdd,
  onCancel,
}: {
  t: Strings;
  report: string;
  date: string;
  onOpen(): void;
  onAdd(): void;
  onCancel(): void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const text = t.import.duplicate(report, date);
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-label={text}
      class="confirm duplicate"
      data-testid="import-duplicate"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <p>{text}</p>
      <div class="actions">
        <button type="button" ref={first} onClick={onOpen} data-testid="duplicate-open">
          {t.import.duplicateOpen}
        </button>
        <button type="button" onClick={onAdd} data-testid="duplicate-add">
          {t.import.duplicateAdd}
        </button>
        <button type="button" onClick={onCancel} data-testid="duplicate-cancel">
          {t.import.duplicateCancel}
        </button>
      </div>
    </div>
  );
}
