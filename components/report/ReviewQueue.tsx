// "Te controleren": the blocks the map is unsure of, what changes the checklist most first, each confirmed
// or corrected with one key press. A confirmation is stored as a correction, so the block leaves the list.
import { useMemo, useRef } from 'preact/hooks';
import { reviewQueue, type ReviewItem } from '@/lib/checklist/review-queue';
import { pillarName } from '@/lib/knowledge/framework';
import { setCorrection } from '@/lib/storage/repository';
import type { Strings } from '../i18n';
import type { Workspace } from '../useWorkspace';

const short = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);

export function ReviewQueue({ ws, t, onShow }: { ws: Workspace; t: Strings; onShow(i: number): void }) {
  const analysis = ws.analysis!;
  const queue = useMemo(
    () => reviewQueue(analysis, { thinWords: ws.settings.thinWords }),
    [analysis, ws.settings.thinWords],
  );
  const list = useRef<HTMLOListElement>(null);
  const labels = useMemo(() => new Map(analysis.checklist.map((c) => [c.id, c.label])), [analysis.checklist]);

  const focusRow = (k: number) => {
    const rows = list.current?.querySelectorAll<HTMLElement>('[data-testid="review-item"]');
    rows?.[Math.max(0, Math.min(k, rows.length - 1))]?.focus();
  };
  const decide = async (item: ReviewItem, k: number, pillar: number, confirmed: boolean) => {
    const m = analysis.mappings[item.i]!;
    const block = analysis.document.blocks[item.i]!;
    // the row leaves the list once stored: the next one takes its place
    if (await ws.act(() => setCorrection(ws.db, ws.draft!, block, pillar, m.themes, { confirmed })))
      requestAnimationFrame(() => focusRow(k));
  };

  if (queue.length === 0) return null;
  return (
    <details class="review" open data-testid="review">
      <summary>{t.review.title(queue.length)}</summary>
      <p class="hint">{t.review.intro}</p>
      <p class="hint">{t.review.keys}</p>
      <ol ref={list} class="review-list">
        {queue.map((item, k) => {
          const m = analysis.mappings[item.i]!;
          const text = analysis.document.blocks[item.i]!.text;
          return (
            <li
              key={item.i}
              tabIndex={0}
              data-testid="review-item"
              data-review-index={item.i}
              aria-label={`${short(text)} — ${t.review.now}: ${m.pillar ? `${t.report.pillar} ${m.pillar}` : t.report.general}`}
              onKeyDown={(e) => {
                if (e.target !== e.currentTarget) return;
                if (e.key === 'Enter') void decide(item, k, m.pillar, true);
                else if (/^[0-5]$/.test(e.key)) void decide(item, k, Number(e.key), Number(e.key) === m.pillar);
                else if (e.key === 'ArrowDown') focusRow(k + 1);
                else if (e.key === 'ArrowUp') focusRow(k - 1);
                else return;
                e.preventDefault();
              }}
            >
              <p class="excerpt">{short(text)}</p>
              <p class="meta">
                {t.review.now}:{' '}
                <span class={`chip pillar p${m.pillar}`} title={pillarName(m.pillar)}>
                  {m.pillar ? `P${m.pillar}` : t.report.general}
                </span>
                {item.alternative !== null && (
                  <>
                    {' · '}
                    {t.review.words}:{' '}
                    <span class={`chip pillar p${item.alternative}`} title={pillarName(item.alternative)}>
                      {item.alternative ? `P${item.alternative}` : t.report.general}
                    </span>
                  </>
                )}
              </p>
              {item.changes.length > 0 && (
                <ul class="changes">
                  {item.changes.map((c) => (
                    <li>{t.review.change(labels.get(c.id) ?? c.id, t.review.status[c.from], t.review.status[c.to])}</li>
                  ))}
                </ul>
              )}
              <div class="actions">
                <button type="button" data-testid="review-confirm" onClick={() => void decide(item, k, m.pillar, true)}>
                  {t.review.confirm}
                </button>
                {item.alternative !== null && (
                  <button
                    type="button"
                    data-testid="review-alternative"
                    onClick={() => void decide(item, k, item.alternative!, false)}
                  >
                    {item.alternative ? t.review.become(item.alternative) : t.review.general}
                  </button>
                )}
                <button type="button" class="link" onClick={() => onShow(item.i)}>
                  {t.review.show}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
