// Fill a web form from the report: read the form of a tab the user opened for us, show per field the item
// it asks for and the proposed text, fill only what the user confirms, and undo the whole fill in one click.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldInfo } from '@/lib/fill/field';
import { planFill, type PlanEntry } from '@/lib/fill/plan';
import { fieldSignatures, rememberedTargets } from '@/lib/fill/remembered';
import type { FillOutcome } from '@/lib/fill/execute';
import type { Localised } from '@/lib/text/localised';
import { fieldChoicesOf, rememberFieldChoice } from '@/lib/storage/repository';
import type { Strings } from '../i18n';
import { useLive } from '../useLive';
import type { Workspace } from '../useWorkspace';
import { browserPages, type PageAccess, type PageTab } from '../adapters/page-access';
import { PlanRow, withChoice, type Choice } from './PlanRow';
import { SourcePicker } from './SourcePicker';
import { useFillSource } from './useFillSource';

type Read = { tab: PageTab; fields: FieldInfo[] };

export interface FillViewProps {
  ws: Workspace;
  t: Strings;
  pages?: PageAccess;
  /** the tab the toolbar asked to fill */
  requested?: number | null;
}

export function FillView({ ws, t, pages = browserPages, requested = null }: FillViewProps) {
  const lang = ws.settings.language;
  const f = t.fill;
  const [tabs, setTabs] = useState<PageTab[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [read, setRead] = useState<Read | null>(null);
  const [busy, setBusy] = useState<'read' | 'fill' | 'undo' | null>(null);
  const [problem, setProblem] = useState<Localised | null>(null);
  const [targets, setTargets] = useState<Record<string, string | null>>({});
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [done, setDone] = useState<FillOutcome[] | null>(null);
  const [undone, setUndone] = useState<number | null>(null);
  const [portals, setPortals] = useState<string[]>([]);
  const from = useFillSource(ws);
  const source = from.source;

  // the options arrive after the value: set it again once they are there
  const tabSelect = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    if (tabSelect.current) tabSelect.current.value = tabId === null ? '' : String(tabId);
  }, [tabs, tabId]);

  const refresh = async () => {
    const [list, granted] = await Promise.all([pages.tabs(), pages.remembered()]);
    setTabs(list);
    setPortals(granted);
    setTabId((now) =>
      now !== null && list.some((x) => x.id === now)
        ? now
        : ((list.find((x) => x.id === requested) ?? list[0])?.id ?? null),
    );
  };
  useEffect(() => {
    if (requested !== null) setTabId(requested);
    void refresh();
  }, [requested]);

  const origin = read ? new URL(read.tab.url).origin : null;
  // the items chosen for this portal's fields on an earlier visit
  const storedChoices = useLive(async () => (origin ? fieldChoicesOf(ws.db, origin) : []), [ws.db, origin]);
  const remembered = useMemo(
    () => (read && storedChoices.state === 'ready' ? rememberedTargets(read.fields, storedChoices.value) : {}),
    [read, storedChoices],
  );
  const signatures = useMemo(
    () => new Map(read ? fieldSignatures(read.fields).map((sig, k) => [read.fields[k]!.key, sig]) : []),
    [read],
  );
  const retarget = (key: string, target: string | null) => {
    setTargets((all) => ({ ...all, [key]: target }));
    const signature = signatures.get(key);
    if (origin && signature) void ws.act(() => rememberFieldChoice(ws.db, origin, signature, target));
  };
  const plan: PlanEntry[] = useMemo(
    () => (read && source ? planFill(read.fields, source, targets, remembered) : []),
    [read, source, targets, remembered],
  );
  const entry = (e: PlanEntry) => withChoice(e, choices[e.key]);
  const chosen = plan.map(entry).filter((e) => e.selected && e.text && (e.empty || e.overwrite));
  const choose = (key: string, c: Choice) => setChoices((all) => ({ ...all, [key]: { ...all[key], ...c } }));

  async function readForm() {
    const tab = tabs.find((x) => x.id === tabId);
    if (!tab) return;
    setBusy('read');
    setProblem(null);
    setDone(null);
    setUndone(null);
    const r = await pages.collect(tab.id);
    setBusy(null);
    if (!r.ok) return setProblem(r.error);
    setRead({ tab, fields: r.value.fields });
    setTargets({});
    setChoices({});
  }

  async function fill() {
    if (!read) return;
    setBusy('fill');
    const r = await pages.fill(
      read.tab.id,
      chosen.map((e) => ({ key: e.key, text: e.text, overwrite: e.overwrite })),
    );
    setBusy(null);
    if (!r.ok) return setProblem(r.error);
    setDone(r.value.outcomes);
    setUndone(null);
  }

  async function undo() {
    if (!read) return;
    setBusy('undo');
    const r = await pages.undo(read.tab.id);
    setBusy(null);
    if (!r.ok) return setProblem(r.error);
    setUndone(r.value.restored);
    setDone(null);
  }

  async function remember() {
    // the permission prompt needs the click itself: nothing may be awaited before it
    if (origin && (await pages.remember(origin))) setPortals(await pages.remembered());
  }

  const items = ws.analysis!.checklist;
  const filled = done?.filter((o) => o.status === 'filled').length ?? 0;
  const kept = done?.filter((o) => o.status === 'kept').length ?? 0;

  return (
    <section aria-labelledby="fill-title" class="fill-view">
      <h2 id="fill-title">{f.title}</h2>
      <p>{f.intro}</p>

      <div class="fill-controls">
        <SourcePicker choice={from} reportTitle={ws.report?.title ?? ''} t={t} />
        <label class="field">
          <span>{f.tab}</span>
          <select
            ref={tabSelect}
            value={tabId ?? ''}
            onChange={(e) => setTabId(Number(e.currentTarget.value))}
            disabled={tabs.length === 0}
            data-testid="fill-tab"
          >
            {tabs.length === 0 && <option value="">{f.noTabs}</option>}
            {tabs.map((x) => (
              <option value={x.id}>
                {x.title} — {new URL(x.url).host}
              </option>
            ))}
          </select>
        </label>
        <div class="actions">
          <button type="button" class="link" onClick={() => void refresh()}>
            {f.refresh}
          </button>
          <button
            type="button"
            onClick={() => void readForm()}
            disabled={tabId === null || busy !== null}
            aria-busy={busy === 'read'}
            data-testid="fill-read"
          >
            {busy === 'read' ? f.reading : f.read}
          </button>
        </div>
      </div>
      {tabs.length === 0 && <p class="empty">{f.howTo}</p>}
      {problem && (
        <p role="alert" class="result error" data-testid="fill-problem">
          {problem[lang]}
        </p>
      )}

      {read && (
        <>
          <h3>{f.preview(read.fields.length, read.tab.title)}</h3>
          {read.fields.length === 0 && <p class="empty">{f.noFields}</p>}
          <ol class="fill-plan">
            {plan.map((raw) => {
              const e = entry(raw);
              return (
                <PlanRow
                  entry={e}
                  items={items}
                  t={t}
                  kind="fill"
                  takes={f.takes}
                  unnamed={f.unnamed}
                  choose={(c) => choose(e.key, c)}
                  retarget={(target) => retarget(e.key, target)}
                >
                  {!e.empty && e.text && (
                    <div class="fill-existing">
                      {e.existing && (
                        <small>
                          {f.existing}: “{e.existing.slice(0, 160)}”
                        </small>
                      )}
                      <label>
                        <input
                          type="checkbox"
                          checked={e.overwrite}
                          onChange={(ev) =>
                            choose(e.key, {
                              overwrite: ev.currentTarget.checked,
                              selected: ev.currentTarget.checked || e.selected,
                            })
                          }
                          data-testid="fill-overwrite"
                        />{' '}
                        {f.overwrite}
                      </label>
                    </div>
                  )}
                </PlanRow>
              );
            })}
          </ol>
          <div class="actions">
            <button
              type="button"
              onClick={() => void fill()}
              disabled={chosen.length === 0 || busy !== null}
              aria-busy={busy === 'fill'}
              data-testid="fill-apply"
            >
              {f.apply(chosen.length)}
            </button>
            {done && filled > 0 && (
              <button type="button" onClick={() => void undo()} disabled={busy !== null} data-testid="fill-undo">
                {f.undo}
              </button>
            )}
          </div>
          {done && (
            <p role="status" class="result ok" data-testid="fill-done">
              {f.filled(filled, kept)}
            </p>
          )}
          {undone !== null && (
            <p role="status" class="result ok" data-testid="fill-undone">
              {f.undone(undone)}
            </p>
          )}
          {origin && !portals.includes(origin) && (
            <p class="meta">
              <button type="button" class="link" onClick={() => void remember()} data-testid="fill-remember">
                {f.remember(new URL(origin).host)}
              </button>
            </p>
          )}
        </>
      )}
      {portals.length > 0 && (
        <>
          <h3>{f.portals}</h3>
          <ul class="portals">
            {portals.map((p) => (
              <li>
                {p}{' '}
                <button type="button" class="link" onClick={() => void pages.forget(p).then(refresh)}>
                  {f.forget}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
