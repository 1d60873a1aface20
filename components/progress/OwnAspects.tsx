// The user's own quality aspects of one pillar (the framework's aspects not known here, or any of their own):
// each with its status and a remove button, and a form to add one.
import { useState } from 'preact/hooks';
import { pillarName } from '@/lib/knowledge/framework';
import { AspectState, type AspectStatus } from '@/lib/schema';
import { putAspect, removeAspect } from '@/lib/storage/repository';
import type { Strings } from '../i18n';
import type { Workspace } from '../useWorkspace';

export function OwnAspects({
  ws,
  t,
  reportId,
  pillar,
  own,
}: {
  ws: Workspace;
  t: Strings;
  reportId: string;
  pillar: number;
  own: AspectStatus[];
}) {
  const [name, setName] = useState('');
  return (
    <>
      {own.length > 0 && (
        <ul class="own-aspects">
          {own.map((a) => (
            <li>
              <span>{a.aspect}</span>
              <select
                aria-label={`${t.progress.status}: ${a.aspect}`}
                value={a.status}
                onChange={(e) =>
                  ws.act(() => putAspect(ws.db, { ...a, status: AspectState.parse(e.currentTarget.value) }))
                }
              >
                {AspectState.options.map((s) => (
                  <option value={s}>{t.progress.state[s]}</option>
                ))}
              </select>
              <button
                type="button"
                class="link"
                aria-label={`${t.progress.remove}: ${a.aspect}`}
                onClick={() => ws.act(() => removeAspect(ws.db, a.id))}
              >
                {t.progress.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return;
          if (await ws.act(() => putAspect(ws.db, { reportId, pillar, aspect: name.trim(), status: 'niet-gestart' })))
            setName('');
        }}
      >
        <input
          aria-label={`${t.progress.newAspect} (${pillarName(pillar)})`}
          placeholder={t.progress.newAspect}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit">{t.progress.add}</button>
      </form>
    </>
  );
}
