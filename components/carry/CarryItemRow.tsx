// One carried block: its text with the stale passages marked, why each is stale, and what to do with it
// (keep / update / drop) as a radio group that saves at once.
import { CarryState, type CarryItem, type StaleFlag } from '@/lib/schema';
import type { Strings } from '../i18n';
import { MarkedText, shortText } from './MarkedText';

/** Each reason once: two flags with the same words and the same explanation say the same thing. */
export function distinctReasons(flags: readonly StaleFlag[], language: 'nl' | 'en'): StaleFlag[] {
  return [...new Map(flags.map((f) => [`${f.reason}\u0000${f[language]}`, f])).values()];
}

/** Reasons shown before the rest folds away: a table of figures can have twenty. */
const SHOWN_REASONS = 3;

export function Reasons({ flags, language, t }: { flags: readonly StaleFlag[]; language: 'nl' | 'en'; t: Strings }) {
  const reasons = distinctReasons(flags, language);
  if (!reasons.length) return null;
  const line = (f: StaleFlag) => (
    <li data-reason={f.reason}>
      <span class={`chip reason ${f.reason}`}>{t.carry.reasons[f.reason]}</span> {f[language]}
    </li>
  );
  const rest = reasons.slice(SHOWN_REASONS);
  return (
    <>
      <ul class="carry-reasons">{reasons.slice(0, SHOWN_REASONS).map(line)}</ul>
      {rest.length > 0 && (
        <details class="more-reasons">
          <summary>{t.carry.moreReasons(rest.length)}</summary>
          <ul class="carry-reasons">{rest.map(line)}</ul>
        </details>
      )}
    </>
  );
}

export function CarryItemRow({
  item,
  carryId,
  language,
  t,
  onState,
}: {
  item: CarryItem;
  carryId: string;
  language: 'nl' | 'en';
  t: Strings;
  onState(state: CarryState): void;
}) {
  const textId = `carry-${carryId}-${item.blockId}`;
  return (
    <li class={`carry-item ${item.state}`} data-block-id={item.blockId} data-state={item.state} data-kind={item.kind}>
      <MarkedText
        id={textId}
        text={item.text}
        flags={item.flags}
        language={language}
        t={t}
        strong={item.kind === 'heading'}
      />
      <Reasons flags={item.flags} language={language} t={t} />
      <div class="carry-controls">
        <span class="tag">{t.carry.kinds[item.kind]}</span>
        <div
          role="radiogroup"
          class="carry-state"
          data-testid="carry-state"
          aria-label={t.carry.stateOf(shortText(item.text))}
        >
          {CarryState.options.map((s) => (
            <label class={s}>
              <input
                type="radio"
                name={`state-${textId}`}
                value={s}
                checked={item.state === s}
                onChange={() => onState(s)}
              />{' '}
              {t.carry.state[s]}
            </label>
          ))}
        </div>
      </div>
    </li>
  );
}
