// Pick or drop a .docx → analyse (off the UI thread) → store as a version of its report. A refused, stopped or
// failed file leaves the stored data as it was: nothing is written before the analysis succeeded.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnalyseResult } from '@/lib/analyse';
import { IMPORT_STAGES, type ImportStage } from '@/lib/docx/import';
import { checkFileSize } from '@/lib/docx/inspect';
import { sha256Hex } from '@/lib/docx/hash';
import type { DraftRecord, Message, ReportRecord } from '@/lib/schema';
import { findDraftBySha256, listReports, saveDraft } from '@/lib/storage/repository';
import type { Strings } from './i18n';
import { checkOptions } from '@/lib/workspace/corrected-analysis';
import { compareWithPrevious } from '@/lib/workspace/previous-report';
import type { Analyse } from './adapters/analyse-protocol';
import { WorkStopped } from './adapters/job-protocol';
import type { Workspace } from './useWorkspace';
import { DuplicatePrompt } from './import/DuplicatePrompt';
import { DOCX_TYPE } from '@/lib/docx/media-type';

/** The import against last year's report of the same organisation, when the library holds one. */
interface Compared {
  year: number;
  totals: { unchanged: number; stale: number; changed: number; added: number };
}

type State =
  | { step: 'idle' }
  | { step: 'busy'; file: string; stage: ImportStage | 'save' }
  | { step: 'done'; file: string; messages: Message[]; compared: Compared | null }
  | { step: 'failed'; file: string; error: string }
  | { step: 'stopped'; file: string }
  /** the same bytes are stored already: the user chooses */
  | { step: 'duplicate'; file: File; existing: { report: ReportRecord; draft: DraftRecord } };

export function ImportView({
  ws,
  t,
  analyse,
  onDone,
  onCompare,
}: {
  ws: Workspace;
  t: Strings;
  analyse: Analyse;
  onDone(): void;
  onCompare?(): void;
}) {
  const [state, setState] = useState<State>({ step: 'idle' });
  // what the user typed; until then the open report's organisation (a new version of it), else the one in the options
  const [typed, setOrganisation] = useState<string | null>(null);
  const organisation = typed ?? ws.report?.organisation ?? ws.settings.organisation;
  const [dragging, setDragging] = useState(false);
  const lang = ws.settings.language;
  const busy = state.step === 'busy';
  // the running import's stop switch, until its result is being saved (a save is not stopped halfway)
  const running = useRef<AbortController | null>(null);
  const chooser = useRef<HTMLInputElement>(null);
  // after a stop, the keyboard is back where the next file is chosen (the stop button is gone)
  useEffect(() => {
    if (state.step === 'stopped') chooser.current?.focus();
  }, [state.step]);

  async function importFile(file: File, anyway = false) {
    if (busy) return;
    // the size is checked before the bytes are read or sent: the worker only sees files the import accepts
    const tooBig = checkFileSize(file.size);
    if (tooBig) return setState({ step: 'failed', file: file.name, error: tooBig[lang] });
    const run = new AbortController();
    running.current = run;
    setState({ step: 'busy', file: file.name, stage: 'inspect' });
    let result: AnalyseResult;
    let sha256: string | undefined;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // hashed before the bytes move to the worker; the same file already stored is a question, not a copy
      sha256 = await sha256Hex(bytes).catch(() => undefined);
      const existing = sha256 && !anyway ? await findDraftBySha256(ws.db, sha256) : null;
      if (run.signal.aborted) return;
      if (existing) return setState({ step: 'duplicate', file, existing });
      result = await analyse(
        bytes,
        { keepImages: true, ...checkOptions(ws.settings), year: ws.settings.year },
        (stage) => {
          if (!run.signal.aborted) setState({ step: 'busy', file: file.name, stage });
        },
        run.signal,
      );
    } catch (e) {
      if (run.signal.aborted) return;
      return setState({ step: 'failed', file: file.name, error: failure(e) });
    }
    // an analysis that does not heed the signal (in-process) may still finish: a stopped import stores nothing
    if (run.signal.aborted) return;
    running.current = null;
    if (!result.ok) return setState({ step: 'failed', file: file.name, error: result.error[lang] });
    setState({ step: 'busy', file: file.name, stage: 'save' });
    const org = organisation.trim();
    let draftId = '';
    let reportId = '';
    const saved = await ws.act(async () => {
      ({
        draft: { id: draftId, reportId },
      } = await saveDraft(ws.db, {
        organisation: org,
        fileName: file.name,
        sizeBytes: file.size,
        analysis: result.value,
        images: result.value.document.images,
        sha256,
      }));
    });
    if (!saved) return setState({ step: 'idle' });
    await ws.updateSettings({ currentDraftId: draftId, organisation: org });
    // last year's report of the same organisation, if the library holds one (this import is another year's)
    let compared: Compared | null = null;
    try {
      const found = await compareWithPrevious(ws.db, await listReports(ws.db), reportId, result.value, ws.settings);
      if (found) compared = { year: found.previous.report.year!, totals: found.comparison.totals };
    } catch {
      // the comparison is a bonus: the import itself succeeded
    }
    setState({ step: 'done', file: file.name, messages: result.value.messages, compared });
  }

  function failure(e: unknown): string {
    if (!(e instanceof WorkStopped)) return e instanceof Error ? e.message : String(e);
    return e.reason === 'timeout' ? t.import.timeout(Math.round(e.budgetMs / 1000)) : t.import.crashed;
  }

  function stop() {
    if (state.step !== 'busy' || !running.current) return;
    running.current.abort();
    running.current = null;
    setState({ step: 'stopped', file: state.file });
  }

  const onInput = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must import again
    if (file) void importFile(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer?.files[0];
    if (file) void importFile(file);
  };

  const stageIndex =
    state.step === 'busy' ? (state.stage === 'save' ? IMPORT_STAGES.length : IMPORT_STAGES.indexOf(state.stage)) : 0;
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t.import.title}</h2>
      <p>{t.import.intro}</p>
      <p class="field">
        <label for="organisation">{t.import.organisation}</label>
        <input
          id="organisation"
          value={organisation}
          onInput={(e) => setOrganisation(e.currentTarget.value)}
          aria-describedby="organisation-hint"
          disabled={busy}
        />
        <small id="organisation-hint">{t.import.organisationHint}</small>
      </p>
      <div
        class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label for="import-input" class="button">
          {t.import.choose}
        </label>
        <input
          id="import-input"
          ref={chooser}
          data-testid="import-input"
          type="file"
          class="visually-hidden"
          accept={`.docx,${DOCX_TYPE}`}
          onChange={onInput}
          disabled={busy}
        />
        <span>{t.import.drop}</span>
      </div>

      <div aria-live="polite" class="import-status">
        {state.step === 'busy' && (
          <div class="progress" data-testid="import-progress">
            <label for="import-progress-bar">
              {t.import.busy} {state.file}: {state.stage === 'save' ? t.import.saving : t.import.stages[state.stage]}
            </label>
            <progress id="import-progress-bar" max={IMPORT_STAGES.length + 1} value={stageIndex + 1} />
            {state.stage !== 'save' && (
              <button type="button" onClick={stop} data-testid="import-stop">
                {t.import.stop}
              </button>
            )}
          </div>
        )}
        {state.step === 'stopped' && (
          <p class="result" data-testid="import-stopped">
            {t.import.stopped(state.file)}
          </p>
        )}
        {state.step === 'done' && (
          <div class="result ok" data-testid="import-done">
            <p>{t.import.done(state.file)}</p>
            {state.messages.length > 0 && (
              <>
                <h3>{t.import.warnings}</h3>
                <ul class="messages">
                  {state.messages.map((m) => (
                    <li class={m.type} data-code={m.code}>
                      {m[lang]}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {state.compared && (
              <p data-testid="import-compared">
                {t.carry.importSummary(
                  state.compared.year,
                  state.compared.totals.unchanged,
                  state.compared.totals.stale,
                  state.compared.totals.changed,
                  state.compared.totals.added,
                )}
              </p>
            )}
            <div class="actions">
              <button type="button" onClick={onDone}>
                {t.import.toOverview}
              </button>
              {state.compared && onCompare && (
                <button type="button" onClick={onCompare}>
                  {t.carry.toCompare}
                </button>
              )}
            </div>
          </div>
        )}
      </div>
      {state.step === 'duplicate' && (
        <DuplicatePrompt
          t={t}
          report={state.existing.report.title}
          date={new Date(state.existing.draft.importedAt).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
            dateStyle: 'medium',
            timeStyle: 'short',
          })}
          onOpen={async () => {
            const id = state.existing.draft.id;
            setState({ step: 'idle' });
            if (await ws.updateSettings({ currentDraftId: id })) onDone();
          }}
          onAdd={() => {
            const file = state.file;
            setState({ step: 'idle' });
            void importFile(file, true);
          }}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
      {state.step === 'failed' && (
        <div role="alert" class="result error" data-testid="import-error">
          <p>
            <strong>{t.import.failed}:</strong> {state.file}
          </p>
          <p>{state.error}</p>
          <p>{t.import.nothingChanged}</p>
        </div>
      )}
    </section>
  );
}
