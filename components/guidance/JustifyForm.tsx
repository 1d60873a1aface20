// "Niet van toepassing" / "Bewust weggelaten" with a required reason for one checklist item: saved per report,
// the item then counts as accounted for everywhere (the overview, the headline, exports).
import { useEffect, useRef, useState } from 'preact/hooks';
import { JustificationKind, type Justification } from '@/lib/schema';
import { removeJustification, setJustification } from '@/lib/storage/repository';
import type { Strings } from '../i18n';
import type { Workspace } from '../useWorkspace';

export function JustifyForm({
  ws,
  t,
  itemId,
  current,
}: {
  ws: Workspace;
  t: Strings;
  itemId: string;
  current: Justification | undefined;
}) {
  const [kind, setKind] = useState<JustificationKind>(current?.kind ?? 'niet-van-toepassing');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // follow a change made elsewhere (another panel, a restore)
  useEffect(() => {
    setKind(current?.kind ?? 'niet-van-toepassing');
    setReason(current?.reason ?? '');
  }, [current?.updatedAt]);

  const reportId = ws.draft!.reportId;
  const save = async (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) {
      setInvalid(true);
      reasonRef.current?.focus();
      return;
    }
    setInvalid(false);
    if (await ws.act(() => setJustification(ws.db, reportId, itemId, kind, reason, ws.settings.authorName)))
      setDone(t.guide.saved);
  };
  const remove = async () => {
    if (await ws.act(() => removeJustification(ws.db, reportId, itemId))) setDone(t.guide.removed);
  };

  return (
    <form class="justify" onSubmit={save} aria-labelledby="guide-justify-title" data-testid="justify-form" noValidate>
      <h3 id="guide-justify-title">{t.guide.justify}</h3>
      <p class="hint">{t.guide.justifyIntro}</p>
      <fieldset>
        <legend class="visually-hidden">{t.guide.choice}</legend>
        {JustificationKind.options.map((k) => (
          <label>
            <input type="radio" name="justify-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
            {t.justification[k]}
          </label>
        ))}
      </fieldset>
      <label class="field">
        {t.guide.reason}
        <textarea
          ref={reasonRef}
          rows={3}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
          required
          aria-invalid={invalid}
          aria-describedby={invalid ? 'guide-reason-missing' : undefined}
        />
      </label>
      {invalid && (
        <p id="guide-reason-missing" class="error-text">
          {t.guide.reasonMissing}
        </p>
      )}
      <div class="actions">
        <button type="submit">{t.guide.save}</button>
        {current && (
          <button type="button" class="danger" onClick={() => void remove()}>
            {t.guide.remove}
          </button>
        )}
      </div>
      <p aria-live="polite" class="meta" data-testid="justify-done">
        {done}
      </p>
    </form>
  );
}
