// Fill the organisation's own Word template: pick it (a file, or one kept in the library), see per place the item
// it asks for and the proposed text, change what is wrong, and download the template with the text written into its
// own XML. Reading and writing run in a worker (lib/template does the work); the plan is computed here, it is cheap.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TemplateRecord } from '@/lib/schema';
import { checkFileSize } from '@/lib/docx/inspect';
import { sha256Hex } from '@/lib/docx/hash';
import { planTemplate, withText, type TemplateEntry } from '@/lib/template/plan';
import type { Template } from '@/lib/template/slot';
import { formatBytes } from '@/lib/text/bytes';
import { deleteTemplate, keepTemplate, rememberTemplateTargets, templatesOf } from '@/lib/storage/repository';
import type { Strings } from '../i18n';
import { useLive } from '../useLive';
import type { Workspace } from '../useWorkspace';
import { Busy } from '../Busy';
import { Confirm } from '../Confirm';
import { dateTime } from '../date-time';
import { DOCX_TYPE } from '@/lib/docx/media-type';
import { download } from '../adapters/download';
import type { TemplateWork } from '../adapters/template-protocol';
import { WorkStopped } from '../adapters/job-protocol';
import { PlanRow, withChoice, type Choice } from './PlanRow';
import { SourcePicker } from './SourcePicker';
import { useFillSource } from './useFillSource';

/** The template being filled: its bytes (written from later), its places, and its library record once kept. */
interface Picked {
  name: string;
  bytes: Uint8Array;
  template: Template;
  keptId: string | null;
}

interface Written {
  name: string;
  filled: number;
  all: number;
  left: TemplateEntry[];
}

export interface TemplateViewProps {
  ws: Workspace;
  t: Strings;
  work: TemplateWork;
}

export function TemplateView({ ws, t, work }: TemplateViewProps) {
  const lang = ws.settings.language;
  const tt = t.template;
  const from = useFillSource(ws);
  const kept = useLive(() => templatesOf(ws.db), [ws.db]);
  const library = kept.state === 'ready' ? kept.value : [];
  const [picked, setPicked] = useState<Picked | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const [targets, setTargets] = useState<Record<string, string | null>>({});
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [written, setWritten] = useState<Written | null>(null);
  const [removing, setRemoving] = useState<TemplateRecord | null>(null);
  const running = useRef<AbortController | null>(null);
  const chooser = useRef<HTMLInputElement>(null);
  // after a stop the stop button is gone: the keyboard goes back to where a template is chosen
  useEffect(() => {
    if (stopped) chooser.current?.focus();
  }, [stopped]);
  // a template removed from the library (here or in another panel) is no longer the kept one
  const keptId = picked?.keptId && library.some((r) => r.id === picked.keptId) ? picked.keptId : null;

  const plan = useMemo(
    () => (picked && from.source ? planTemplate(picked.template, from.source, { targets, lang }) : []),
    [picked, from.source, targets, lang],
  );
  const entries = plan.map((e) => {
    const c = choices[e.key];
    return withChoice(c?.text !== undefined && c.text !== e.text ? withText(e, c.text) : e, c);
  });
  const chosen = entries.filter((e) => e.selected && e.text);
  const choose = (key: string, c: Choice) => setChoices((all) => ({ ...all, [key]: { ...all[key], ...c } }));

  /** Runs one worker job with the busy line and its stop button; null when it was stopped or failed (said). */
  async function job<T>(label: string, run: (signal: AbortSignal) => Promise<T>): Promise<T | null> {
    const control = new AbortController();
    running.current = control;
    setBusy(label);
    setProblem(null);
    setStopped(false);
    try {
      return await run(control.signal);
    } catch (e) {
      if (!control.signal.aborted) setProblem(failure(e));
      return null;
    } finally {
      if (running.current === control) {
        running.current = null;
        setBusy(null);
      }
    }
  }

  function failure(e: unknown): string {
    if (!(e instanceof WorkStopped)) return e instanceof Error ? e.message : String(e);
    return e.reason === 'timeout' ? tt.timeout(Math.round(e.budgetMs / 1000)) : tt.crashed;
  }

  function stop() {
    running.current?.abort();
    running.current = null;
    setBusy(null);
    setStopped(true);
  }

  async function open(name: string, bytes: Uint8Array, record: TemplateRecord | null) {
    setWritten(null);
    const read = await job(tt.reading(name), (signal) => work.collect(bytes, signal));
    if (!read) return;
    if (!read.ok) return setProblem(read.error[lang]);
    // the same bytes kept before: their record, with the choices made for them last time
    const sha256 = record ? null : await sha256Hex(bytes);
    const known = record ?? library.find((r) => r.sha256 === sha256) ?? null;
    setPicked({ name, bytes, template: read.value, keptId: known?.id ?? null });
    setTargets(known?.targets ?? {});
    setChoices({});
  }

  async function openFile(file: File) {
    const tooBig = checkFileSize(file.size);
    if (tooBig) return setProblem(tooBig[lang]);
    await open(file.name, new Uint8Array(await file.arrayBuffer()), null);
  }

  const onInput = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again reads it again
    if (file) void openFile(file);
  };

  async function keep() {
    if (!picked) return;
    await ws.act(async () => {
      const record = await keepTemplate(ws.db, picked.name, picked.bytes);
      await rememberTemplateTargets(ws.db, record.id, targets);
      setPicked({ ...picked, keptId: record.id });
    });
  }

  function retarget(key: string, target: string | null) {
    const next = { ...targets, [key]: target };
    setTargets(next);
    // a new item means a new proposal: the text edited for the old one no longer applies
    setChoices((all) => ({ ...all, [key]: {} }));
    if (keptId) void ws.act(() => rememberTemplateTargets(ws.db, keptId, next));
  }

  async function fillAndDownload() {
    if (!picked) return;
    const out = await job(tt.writing, (signal) => work.write(picked.bytes, entries, signal));
    if (!out) return;
    if (!out.ok) return setProblem(out.error[lang]);
    const name = t.files.template(picked.name);
    download(new Uint8Array(out.value.bytes), name, DOCX_TYPE);
    const left = new Set(out.value.left);
    setWritten({
      name,
      filled: out.value.filled.length,
      all: entries.length,
      left: entries.filter((e) => left.has(e.key)),
    });
  }

  async function remove(record: TemplateRecord) {
    setRemoving(null);
    await ws.act(() => deleteTemplate(ws.db, record.id));
  }

  const items = ws.analysis!.checklist;

  return (
    <section aria-labelledby="template-title" class="fill-view template-view" aria-busy={busy !== null}>
      <h2 id="template-title">{tt.title}</h2>
      <p>{tt.intro}</p>

      <div class="fill-controls">
        <SourcePicker choice={from} reportTitle={ws.report?.title ?? ''} t={t} />
        <div class="actions">
          <label for="template-input" class="button">
            {tt.choose}
          </label>
          <input
            id="template-input"
            ref={chooser}
            type="file"
            class="visually-hidden"
            accept={`.docx,${DOCX_TYPE}`}
            onChange={onInput}
            disabled={busy !== null}
            data-testid="template-input"
          />
        </div>
      </div>

      <h3>{tt.kept}</h3>
      {kept.state === 'ready' && library.length === 0 && <p class="empty">{tt.noneKept}</p>}
      {library.length > 0 && (
        <ul class="template-library" data-testid="template-library">
          {library.map((r) => (
            <li data-testid="template-kept" data-id={r.id}>
              <span class="template-name">{r.name}</span>
              <small class="meta">{tt.keptMeta(formatBytes(r.size, lang), dateTime(r.usedAt, lang))}</small>
              <span class="actions">
                {r.id === keptId ? (
                  <span class="tag">{tt.inUse}</span>
                ) : (
                  <button
                    type="button"
                    onClick={() => void open(r.name, r.data, r)}
                    disabled={busy !== null}
                    data-testid="template-use"
                  >
                    {tt.use}
                  </button>
                )}
                <button type="button" class="link" onClick={() => setRemoving(r)} data-testid="template-remove">
                  {tt.remove}
                </button>
              </span>
              {removing?.id === r.id && (
                <Confirm
                  text={tt.confirmRemove(r.name)}
                  confirm={tt.confirm}
                  cancel={tt.cancel}
                  onConfirm={() => void remove(r)}
                  onCancel={() => setRemoving(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      <div aria-live="polite">
        {busy && (
          <Busy label={busy}>
            {' '}
            <button type="button" onClick={stop} data-testid="template-stop">
              {tt.stop}
            </button>
          </Busy>
        )}
        {stopped && (
          <p class="result" data-testid="template-stopped">
            {tt.stopped}
          </p>
        )}
      </div>
      {problem && (
        <p role="alert" class="result error" data-testid="template-problem">
          {problem}
        </p>
      )}

      {picked && (
        <>
          <h3>{tt.preview(picked.template.slots.length, picked.name)}</h3>
          {keptId ? (
            <p class="meta">{tt.keptNow}</p>
          ) : (
            <p>
              <button type="button" class="link" onClick={() => void keep()} data-testid="template-keep">
                {tt.keep}
              </button>
            </p>
          )}
          {picked.template.slots.length === 0 && <p class="empty">{tt.noSlots}</p>}
          <ol class="fill-plan">
            {entries.map((e) => (
              <PlanRow
                entry={e}
                items={items}
                t={t}
                kind="template"
                takes={tt.takes}
                unnamed={tt.unnamed}
                choose={(c) => choose(e.key, c)}
                retarget={(target) => retarget(e.key, target)}
              >
                <small class="fill-existing" data-testid="template-shown">
                  {tt.shown(tt.kinds[e.where.kind], e.shown.slice(0, 160))}
                </small>
              </PlanRow>
            ))}
          </ol>
          {picked.template.slots.length > 0 && (
            <div class="actions">
              <button
                type="button"
                onClick={() => void fillAndDownload()}
                disabled={chosen.length === 0 || busy !== null}
                data-testid="template-download"
              >
                {tt.download(chosen.length)}
              </button>
            </div>
          )}
          {written && (
            <div role="status" class="result ok" data-testid="template-done">
              <p>{tt.done(written.name, written.filled, written.all)}</p>
              {written.left.length > 0 && (
                <>
                  <p>{tt.left}</p>
                  <ul data-testid="template-left">
                    {written.left.map((e) => (
                      <li>
                        {e.label || tt.unnamed}
                        {' — '}
                        {!e.selected ? tt.notTicked : e.note ? t.dutch.note(e.note) : tt.noText}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
