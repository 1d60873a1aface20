// One quality aspect of the framework in Voortgang: its status for the year (none until the user sets one), the
// blocks of the report that address it, the status the report's own table gives when it differs, and the
// Schrijfhulp.
import { useRef } from 'preact/hooks';
import type { ReportAspect } from '@/lib/aspects/report-aspects';
import { suggestState } from '@/lib/aspects/suggest';
import { AspectState, type AspectStatus } from '@/lib/schema';
import type { OpenGuidance } from '../guidance/subject';
import type { Strings } from '../i18n';

export interface KnownAspectProps {
  aspect: ReportAspect;
  article: string | null;
  /** the stored status row, if the user set one */
  stored: AspectStatus | undefined;
  t: Strings;
  /** null clears the status */
  onState(state: AspectState | null): Promise<unknown>;
  onShowBlock(i: number): void;
  onGuide: OpenGuidance;
}

export function KnownAspect({ aspect: a, article, stored, t, onState, onShowBlock, onGuide }: KnownAspectProps) {
  const select = useRef<HTMLSelectElement>(null);
  const suggested = a.status === null ? null : suggestState(a.status);
  const name = article ? `${article} ${a.title}` : a.title;
  const take = async () => {
    await onState(suggested);
    // the button goes once taken: keep the keyboard in the row
    select.current?.focus();
  };

  return (
    <li class="aspect" data-aspect-id={a.id}>
      <p class="aspect-title">
        {article && <span class="aspect-nr">{article} </span>}
        {a.title}
      </p>
      <div class="aspect-actions">
        <select
          ref={select}
          aria-label={`${t.progress.status}: ${name}`}
          value={stored?.status ?? ''}
          onChange={(e) => void onState(e.currentTarget.value ? AspectState.parse(e.currentTarget.value) : null)}
        >
          <option value="">{t.progress.noState}</option>
          {AspectState.options.map((s) => (
            <option value={s}>{t.progress.state[s]}</option>
          ))}
        </select>
        {a.evidence.length ? (
          <button
            type="button"
            class="link"
            onClick={() => onShowBlock(a.evidence[0]!)}
            aria-label={`${t.progress.inBlocks(a.evidence.length)}: ${name}`}
          >
            {t.progress.inBlocks(a.evidence.length)}
          </button>
        ) : (
          <em class="tag">{t.progress.notAddressed}</em>
        )}
        <button
          type="button"
          class="link"
          onClick={() => onGuide({ kind: 'aspect', id: a.id })}
          aria-label={t.guide.openFor(name)}
        >
          {t.guide.open}
        </button>
      </div>
      {/* the table's words as written; a button when they name a state other than the stored one */}
      {a.status !== null && a.statusFrom && (suggested === null || suggested !== stored?.status) && (
        <p class="aspect-suggestion" data-testid="aspect-suggestion">
          {t.progress.fromTable(a.statusFrom.year, a.status)}{' '}
          {suggested && (
            <button
              type="button"
              class="link"
              onClick={() => void take()}
              aria-label={`${t.progress.take(t.progress.state[suggested])}: ${name}`}
            >
              {t.progress.take(t.progress.state[suggested])}
            </button>
          )}
        </p>
      )}
    </li>
  );
}
