// Backup: download everything as one JSON file; restore one by adding what is new and asking about what
// differs (never a silent overwrite); erase everything after a confirmation.
import { useState } from 'preact/hooks';
import { checkBackupSize, MAX_BACKUP_BYTES, readBackup, type Contents, type RestorePlan } from '@/lib/storage/backup';
import { formatBytes } from '@/lib/text/bytes';
import { applyRestore, exportBackupText, restorePlanFor, wipe, type ConflictChoice } from '@/lib/storage/repository';
import { Confirm } from './Confirm';
import { download } from './adapters/download';
import type { Strings } from './i18n';
import type { Workspace } from './useWorkspace';

type State =
  | { step: 'idle'; note?: string; error?: string }
  | { step: 'plan'; incoming: Contents; plan: RestorePlan }
  | { step: 'confirm-wipe' };

export function BackupPanel({ ws, t }: { ws: Workspace; t: Strings }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const lang = ws.settings.language;

  const exportAll = async () => {
    const name = `kkfz-assistent-backup-${new Date().toISOString().slice(0, 10)}.json`;
    let size = 0;
    const saved = await ws.act(async () => {
      const text = await exportBackupText(ws.db);
      size = new Blob([text]).size;
      download(text, name, 'application/json');
    });
    if (!saved) return;
    // still downloaded (it holds everything), but the user must know this file cannot be restored as it is
    if (checkBackupSize(size))
      setState({
        step: 'idle',
        error: t.backup.tooLargeToRestore(name, formatBytes(size, lang), formatBytes(MAX_BACKUP_BYTES, lang)),
      });
    else setState({ step: 'idle', note: t.backup.exported(name) });
  };
  const pick = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const tooBig = checkBackupSize(file.size);
    if (tooBig) return setState({ step: 'idle', error: tooBig[lang] });
    const read = readBackup(await file.text());
    if (!read.ok) return setState({ step: 'idle', error: read.error[lang] });
    let plan: RestorePlan | null = null;
    await ws.act(async () => (plan = await restorePlanFor(ws.db, read.value)));
    if (plan) setState({ step: 'plan', incoming: read.value, plan });
  };
  const restore = async (choice: ConflictChoice) => {
    if (state.step !== 'plan') return;
    if (await ws.act(() => applyRestore(ws.db, state.incoming, state.plan, choice)))
      setState({ step: 'idle', note: t.backup.restored });
  };
  const erase = async () => {
    if (await ws.act(() => wipe(ws.db))) setState({ step: 'idle', note: t.backup.wiped });
  };

  const added = state.step === 'plan' ? Object.values(state.plan.added).reduce((s, rows) => s + rows.length, 0) : 0;
  return (
    <section aria-labelledby="backup-title" class="backup">
      <h2 id="backup-title">{t.backup.title}</h2>
      <p>{t.backup.intro}</p>
      <div class="actions">
        <button type="button" onClick={exportAll} data-testid="backup-export">
          {t.backup.export}
        </button>
        <label for="restore-input" class="button">
          {t.backup.restore}
        </label>
        <input
          id="restore-input"
          data-testid="restore-input"
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          onChange={pick}
        />
        <button type="button" class="danger" onClick={() => setState({ step: 'confirm-wipe' })} data-testid="wipe">
          {t.backup.wipe}
        </button>
      </div>
      {state.step === 'confirm-wipe' && (
        <Confirm
          text={t.backup.confirmWipe}
          confirm={t.backup.wipe}
          cancel={t.library.cancel}
          onConfirm={erase}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
      {state.step === 'plan' && (
        <div class="plan" role="group" aria-label={t.backup.restore} data-testid="restore-plan">
          <p>{t.backup.plan(added, state.plan.conflicts.length, state.plan.unchanged)}</p>
          {added === 0 && state.plan.conflicts.length === 0 ? (
            <p>{t.backup.nothingNew}</p>
          ) : state.plan.conflicts.length ? (
            <>
              <button type="button" onClick={() => restore('keep-mine')}>
                {t.backup.keepMine}
              </button>
              <button type="button" onClick={() => restore('take-theirs')}>
                {t.backup.takeTheirs}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => restore('keep-mine')}>
              {t.backup.addOnly}
            </button>
          )}
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            {t.backup.cancel}
          </button>
        </div>
      )}
      <div aria-live="polite">{state.step === 'idle' && state.note && <p class="result ok">{state.note}</p>}</div>
      {state.step === 'idle' && state.error && (
        <p role="alert" class="result error">
          {state.error}
        </p>
      )}
    </section>
  );
}
