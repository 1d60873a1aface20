// One carried-forward draft: counts per state, last year's aspect statuses, filters, the items section by
// section in KKFZ order, the export as .docx and deleting it.
import { useState } from 'preact/hooks';
import { draftFocus } from '@/lib/carry/forward';
import { sectionKey, sectionTitle } from '@/lib/carry/sections';
import type { CarryDraft, CarryItem, CarryState } from '@/lib/schema';
import { deleteCarryDraft, setCarryState } from '@/lib/storage/repository';
import { Confirm } from '../Confirm';
import { DOCX_TYPE } from '@/lib/docx/media-type';
import { download } from '../adapters/download';
import type { Strings } from '../i18n';
import type { Workspace } from '../useWorkspace';
import { CarryAspects } from './CarryAspects';
import { CarryItemRow } from './CarryItemRow';
import { Busy, nextPaint } from '../Busy';

const FILTERS = ['all', 'update', 'flagged'] as const;
type Filter = (typeof FILTERS)[number];

export const carryFileName = (draft: CarryDraft, t: Strings) => t.files.carry(draft.year);

export function countStates(items: readonly CarryItem[]): Record<CarryState, number> {
  const counts = { keep: 0, update: 0, drop: 0 };
  for (const item of items) counts[item.state]++;
  return counts;
}

/** Consecutive items of one section (the draft is in KKFZ order already). */
function bySection(items: readonly CarryItem[]): { key: string; items: CarryItem[] }[] {
  const out: { key: string; items: CarryItem[] }[] = [];
  for (const item of items) {
    const key = sectionKey(item);
    if (out[out.length - 1]?.key === key) out[out.length - 1]!.items.push(item);
    else out.push({ key, items: [item] });
  }
  return out;
}

export function CarryDraftView({
  draft,
  ws,
  t,
  date,
}: {
  draft: CarryDraft;
  ws: Workspace;
  t: Strings;
  date(iso: string): string;
}) {
  const lang = ws.settings.language;
  const [filter, setFilter] = useState<Filter>('all');
  const [exporting, setExporting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  // a failed save re-renders, so each radio shows the stored state again
  const [, setFailures] = useState(0);

  const counts = countStates(draft.items);
  const shown = draft.items.filter(
    (x) => filter === 'all' || (filter === 'update' ? x.state === 'update' : x.flags.length > 0),
  );
  const sections = bySection(shown);

  const save = async (item: CarryItem, state: CarryState) => {
    if (!(await ws.act(() => setCarryState(ws.db, draft.id, item.blockId, state)))) setFailures((n) => n + 1);
  };
  const exportDocx = async () => {
    if (exporting) return;
    setExporting(true);
    setNote(null);
    await nextPaint();
    try {
      // the .docx writer loads when first needed, not with the panel
      const { exportCarryDocx } = await import('@/lib/carry/export-docx');
      const bytes = await exportCarryDocx(draft, { language: lang });
      const name = carryFileName(draft, t);
      download(bytes, name, DOCX_TYPE);
      setNote({ ok: true, text: t.carry.exported(name) });
    } catch (e) {
      setNote({ ok: false, text: `${t.carry.exportFailed}: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setExporting(false);
    }
  };
  const remove = async () => {
    setConfirming(false);
    await ws.act(() => deleteCarryDraft(ws.db, draft.id));
  };

  const titleId = `carry-draft-${draft.id}`;
  return (
    <section class="carry-draft" aria-labelledby={titleId} data-carry-id={draft.id} aria-busy={exporting}>
      <h4 id={titleId}>{draft.title}</h4>
      <p class="meta">
        {t.carry.created} {date(draft.createdAt)} · <span data-testid="carry-counts">{t.carry.counts(counts)}</span>
      </p>
      <p class="meta" data-testid="carry-focus">
        {t.carry.focus(draft.year, draftFocus(draft))}
      </p>
      <CarryAspects draft={draft} t={t} />
      <div class="actions">
        <button type="button" onClick={exportDocx} disabled={exporting} data-testid="carry-export">
          {t.carry.export}
        </button>
        <button type="button" class="link danger" onClick={() => setConfirming(true)} data-testid="carry-delete">
          {t.carry.remove}
        </button>
      </div>
      {confirming && (
        <Confirm
          text={t.carry.confirmRemove(draft.title, date(draft.createdAt))}
          confirm={t.carry.confirm}
          cancel={t.carry.cancel}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      )}
      <div aria-live="polite">
        {exporting && <Busy label={t.carry.exporting} />}
        {note?.ok && <p class="result ok">{note.text}</p>}
      </div>
      {note && !note.ok && (
        <p role="alert" class="result error">
          {note.text}
        </p>
      )}
      <fieldset class="filters carry-filter" data-testid="carry-filter">
        <legend>{t.carry.filter}</legend>
        {FILTERS.map((f) => (
          <label>
            <input
              type="radio"
              name={`filter-${draft.id}`}
              value={f}
              checked={filter === f}
              onChange={() => setFilter(f)}
            />{' '}
            {t.carry.filters[f]}
          </label>
        ))}
      </fieldset>
      {sections.length === 0 && <p class="empty">{t.carry.none}</p>}
      {sections.map(({ key, items }) => {
        const id = `carry-section-${draft.id}-${key.replace(/\W/g, '_')}`;
        return (
          <section class="carry-section" aria-labelledby={id} data-section={key}>
            <h5 id={id}>{sectionTitle(items[0]!, lang)}</h5>
            <ol class="carry-items">
              {items.map((item) => (
                <CarryItemRow
                  key={item.blockId}
                  item={item}
                  carryId={draft.id}
                  language={lang}
                  t={t}
                  onState={(s) => void save(item, s)}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
