// "Jaarovergang" (year to year): the open report carried forward into a draft for next year (made, listed, opened, exported),
// and the open report compared with last year's report of the same organisation.
import { useState } from 'preact/hooks';
import { carryDraftFor, carryDraftsOf, makeCarryDraft } from '@/lib/storage/repository';
import type { Strings } from '../i18n';
import { useLive } from '../useLive';
import type { Workspace } from '../useWorkspace';
import { Busy, nextPaint } from '../Busy';
import { CarryDraftView, countStates } from './CarryDraftView';
import { YearCompare } from './YearCompare';
import { dateTime } from '../date-time';

const validYear = (s: string): number | null =>
  /^\d{4}$/.test(s.trim()) && Number(s) >= 2000 && Number(s) <= 2100 ? Number(s) : null;

export function CarryView({ ws, t, onShowBlock }: { ws: Workspace; t: Strings; onShowBlock(i: number): void }) {
  const analysis = ws.analysis!;
  const source = ws.draft!;
  const reportId = source.reportId;
  const lang = ws.settings.language;
  const date = (iso: string) => dateTime(iso, lang);

  // the report's year; when the document does not say, the user does (last calendar year to start with)
  const [yearText, setYearText] = useState(String(new Date().getFullYear() - 1));
  const year = analysis.effectiveYear ?? validYear(yearText);

  const live = useLive(() => carryDraftsOf(ws.db, reportId), [ws.db, reportId]);
  const drafts = live.state === 'ready' ? live.value : [];
  const [openId, setOpenId] = useState<string | null>(null);
  const shown = drafts.find((d) => d.id === openId) ?? drafts[0] ?? null;
  const [making, setMaking] = useState(false);
  // making next year's draft again opens the one made before instead of a second copy
  const [reopened, setReopened] = useState<number | null>(null);

  const make = async () => {
    if (year === null || making) return;
    setReopened(null);
    const existing = await carryDraftFor(ws.db, reportId, year).catch(() => null);
    if (existing) {
      setOpenId(existing.id);
      setReopened(existing.year);
      return;
    }
    setMaking(true);
    await nextPaint();
    let id = '';
    const made = await ws.act(async () => {
      const meta = {
        id: crypto.randomUUID(),
        reportId,
        sourceDraftId: source.id,
        organisation: ws.report?.organisation ?? ws.settings.organisation,
        fromYear: year,
        now: new Date().toISOString(),
      };
      id = (await makeCarryDraft(ws.db, analysis, meta)).id;
    });
    if (made) setOpenId(id);
    setMaking(false);
  };

  return (
    <section aria-labelledby="carry-title" class="carry">
      <h2 id="carry-title">{t.carry.title}</h2>

      <section aria-labelledby="carry-new-title" aria-busy={making}>
        <h3 id="carry-new-title">{year === null ? t.carry.newDraftNoYear : t.carry.newDraft(year + 1)}</h3>
        {year !== null && <p>{t.carry.newDraftIntro(year, year + 1)}</p>}
        <form
          class="inline carry-make"
          onSubmit={(e) => {
            e.preventDefault();
            void make();
          }}
        >
          {analysis.effectiveYear === null && (
            <p class="field">
              <label for="carry-year">{t.carry.yearOfReport}</label>
              <input
                id="carry-year"
                type="number"
                min={2000}
                max={2100}
                step={1}
                value={yearText}
                onInput={(e) => setYearText(e.currentTarget.value)}
                aria-describedby="carry-year-hint"
                aria-invalid={year === null}
              />
              <small id="carry-year-hint">{year === null ? t.carry.yearInvalid : t.carry.yearHint}</small>
            </p>
          )}
          <button type="submit" disabled={year === null || making} data-testid="carry-make">
            {year === null ? t.carry.makeNoYear : t.carry.make(year + 1)}
          </button>
        </form>
        <div aria-live="polite">
          {making && <Busy label={t.carry.making} />}
          {reopened !== null && (
            <p class="note" data-testid="carry-existing">
              {t.carry.existing(reopened)}
            </p>
          )}
        </div>

        {live.state === 'ready' && drafts.length === 0 && <p class="empty">{t.carry.noDrafts}</p>}
        {drafts.length > 1 && (
          <>
            <h4>{t.carry.drafts}</h4>
            <ul class="carry-list" data-testid="carry-list">
              {drafts.map((d) => {
                const c = countStates(d.items);
                const label = `${d.title} (${date(d.createdAt)})`;
                return (
                  <li data-carry-id={d.id} class={d.id === shown?.id ? 'current' : ''}>
                    <span>
                      {d.title}{' '}
                      <small>
                        ({t.carry.created} {date(d.createdAt)} · {t.carry.counts(c)})
                      </small>
                    </span>
                    {d.id === shown?.id ? (
                      <span class="tag">{t.carry.opened}</span>
                    ) : (
                      <button type="button" onClick={() => setOpenId(d.id)} aria-label={`${t.carry.open}: ${label}`}>
                        {t.carry.open}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {shown && <CarryDraftView key={shown.id} draft={shown} ws={ws} t={t} date={date} />}
      </section>

      <YearCompare ws={ws} t={t} year={year} onShowBlock={onShowBlock} />
    </section>
  );
}
