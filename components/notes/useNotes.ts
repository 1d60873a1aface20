// The open report's notes, each with its place in the draft on screen, and the actions on them.
import { useMemo } from 'preact/hooks';
import { createNote, placementIn, reply, setStatus, type NewNote } from '@/lib/annotate/notes';
import { noteTopic } from '@/lib/annotate/review-report';
import type { Note, NoteKind, NoteTarget, Placement } from '@/lib/schema';
import { deleteNote, notesOf, putNote, readSettings } from '@/lib/storage/repository';
import { useLive } from '../useLive';
import type { Workspace } from '../useWorkspace';

export interface PlacedNote {
  note: Note;
  place: Placement | null;
  pillar: number | null;
  themes: number[];
}

export interface Notes {
  all: PlacedNote[];
  /** notes per block index */
  byBlock: Map<number, PlacedNote[]>;
  add(target: NoteTarget, kind: NoteKind, body: string, block?: number): Promise<boolean>;
  reply(note: Note, body: string): Promise<boolean>;
  setStatus(note: Note, status: Note['status']): Promise<boolean>;
  remove(note: Note): Promise<boolean>;
}

const now = () => new Date().toISOString();

export function useNotes(ws: Workspace): Notes {
  const reportId = ws.draft?.reportId ?? '';
  const live = useLive(() => (reportId ? notesOf(ws.db, reportId) : []), [ws.db, reportId]);
  const notes = live.state === 'ready' ? live.value : [];
  const all = useMemo(() => {
    if (!ws.draft || !ws.analysis) return [];
    return notes.map((note) => {
      const place = placementIn(note, ws.draft!);
      const topic = noteTopic({ ...note, placement: place }, ws.analysis!);
      return { note, place, ...topic };
    });
  }, [notes, ws.draft, ws.analysis]);
  const byBlock = useMemo(() => {
    const map = new Map<number, PlacedNote[]>();
    for (const p of all) if (p.place) map.set(p.place.block, [...(map.get(p.place.block) ?? []), p]);
    return map;
  }, [all]);
  // The name as stored when the note is written: the note form may have saved it a moment ago (the first
  // note asks for it), after this render's settings were read.
  const author = async () => ws.settings.authorName || (await readSettings(ws.db)).authorName;
  return {
    all,
    byBlock,
    add: (target, kind, body, block) =>
      ws.act(async () => {
        const input: NewNote = {
          reportId,
          draftId: ws.draft!.id,
          target,
          kind,
          body,
          author: await author(),
          ...(block !== undefined && { block }),
        };
        await putNote(ws.db, createNote(input, crypto.randomUUID(), now()));
      }),
    reply: (note, body) =>
      ws.act(async () => putNote(ws.db, reply(note, body, await author(), crypto.randomUUID(), now()))),
    setStatus: (note, status) => ws.act(() => putNote(ws.db, setStatus(note, status, now()))),
    remove: (note) => ws.act(() => deleteNote(ws.db, note.id)),
  };
}
