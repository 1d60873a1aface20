// One note with its thread: reply, resolve or reopen, remove, and the way to its place in the report.
import { useState } from 'preact/hooks';
import { Confirm } from '../Confirm';
import type { Strings } from '../i18n';
import { requestPassage } from './highlights';
import type { Notes, PlacedNote } from './useNotes';

export function NoteCard({
  item,
  notes,
  t,
  lang,
  onShow,
}: {
  item: PlacedNote;
  notes: Notes;
  t: Strings;
  lang: 'nl' | 'en';
  onShow?: (block: number) => void;
}) {
  const { note, place } = item;
  const [answer, setAnswer] = useState('');
  const [confirming, setConfirming] = useState(false);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <article
      class={`note ${note.status} ${note.kind}`}
      tabIndex={-1}
      data-note-id={note.id}
      data-note-status={note.status}
      data-placed={place ? 'yes' : 'no'}
    >
      <header>
        <span class={`chip kind ${note.kind}`}>{t.notes.kinds[note.kind]}</span>{' '}
        <span class="tag">{note.status === 'open' ? t.notes.open : t.notes.resolved}</span>{' '}
        <small>
          {note.author || '—'} · {when(note.created)}
        </small>
      </header>
      {note.target.quote && <blockquote>{note.target.quote.exact}</blockquote>}
      <p class="note-body">{note.body}</p>
      {note.replies.length > 0 && (
        <ul class="thread">
          {note.replies.map((r) => (
            <li>
              <small>
                {r.author || '—'} · {when(r.created)}
              </small>
              <br />
              {r.body}
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline"
        onSubmit={async (e) => {
          e.preventDefault();
          if (answer.trim() && (await notes.reply(note, answer.trim()))) setAnswer('');
        }}
      >
        <input
          aria-label={`${t.notes.reply}: ${note.body.slice(0, 40)}`}
          placeholder={t.notes.reply}
          value={answer}
          onInput={(e) => setAnswer(e.currentTarget.value)}
        />
        <button type="submit">{t.notes.send}</button>
      </form>
      <div class="actions">
        <button type="button" onClick={() => notes.setStatus(note, note.status === 'open' ? 'resolved' : 'open')}>
          {note.status === 'open' ? t.notes.resolve : t.notes.reopen}
        </button>
        {place && onShow && (
          <button
            type="button"
            class="link"
            onClick={() => {
              requestPassage(note.id);
              onShow(place.block);
            }}
          >
            {t.overview.showEvidence}
          </button>
        )}
        <button type="button" class="link danger" onClick={() => setConfirming(true)}>
          {t.notes.remove}
        </button>
      </div>
      {confirming && (
        <Confirm
          text={t.notes.confirmRemove}
          confirm={t.notes.remove}
          cancel={t.notes.cancel}
          onConfirm={() => void notes.remove(note)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </article>
  );
}
