// An in-page confirmation (not window.confirm): keyboard reachable, focus starts on "cancel", Escape cancels.
import { useEffect, useRef } from 'preact/hooks';

export function Confirm({
  text,
  confirm,
  cancel,
  onConfirm,
  onCancel,
}: {
  text: string;
  confirm: string;
  cancel: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-label={confirm}
      class="confirm"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p>{text}</p>
      <button type="button" class="danger" onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" ref={cancelRef} onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
