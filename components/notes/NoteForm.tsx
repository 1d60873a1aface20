// A new note: its kind and text; asks the author's name once when none is set.
import { useEffect, useRef, useState } from 'preact/hooks';
import { NoteKind } from '@/lib/schema';
import type { Strings } from '../i18n';
import type { Workspace } from '../useWorkspace';

export function NoteForm({
  ws,
  t,
  about,
  onSave,
  onCancel,
}: {
  ws: Workspace;
  t: Strings;
  about: string;
  onSave(kind: NoteKind, body: string): Promise<boolean>;
  onCancel(): void;
}) {
  const [kind, setKind] = useState<NoteKind>('vraag');
  const [body, setBody] = useState('');
  const [author, setAuthor] = useState(ws.settings.authorName);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), []);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!body.trim() || !author.trim()) return;
    if (author.trim() !== ws.settings.authorName && !(await ws.updateSettings({ authorName: author.trim() }))) return;
    if (await onSave(kind, body.trim())) onCancel();
  };
  return (
    <form
      class="note-form"
      aria-label={t.notes.newNote}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      data-testid="note-form"
    >
      <p class="about">{about}</p>
      <fieldset>
        <legend>{t.notes.kind}</legend>
        {NoteKind.options.map((k) => (
          <label>
            <input type="radio" name="note-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
            {t.notes.kinds[k]}
          </label>
        ))}
      </fieldset>
      <label>
        {t.notes.text}
        <textarea ref={textRef} rows={3} value={body} onInput={(e) => setBody(e.currentTarget.value)} required />
      </label>
      {!ws.settings.authorName && (
        <div class="note-author" data-testid="note-author">
          <label>
            {t.notes.yourName}
            <input
              value={author}
              onInput={(e) => setAuthor(e.currentTarget.value)}
              required
              autoComplete="name"
              aria-describedby="note-author-hint"
            />
          </label>
          <small id="note-author-hint">{t.notes.yourNameHint}</small>
        </div>
      )}
      <div class="actions">
        <button type="submit">{t.notes.save}</button>
        <button type="button" onClick={onCancel}>
          {t.notes.cancel}
        </button>
      </div>
    </form>
  );
}
