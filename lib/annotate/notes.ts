// Notes as the workspace handles them: making one, replying, resolving, and placing all of them on a draft.
import type { DraftRecord, Note, NoteKind, NoteTarget } from '../schema';
import { documentText } from './document-text';
import { placeTarget } from './reanchor';

export interface NewNote {
  reportId: string;
  draftId: string;
  target: NoteTarget;
  kind: NoteKind;
  body: string;
  author: string;
  /** the block the target starts in, when it is a passage or block */
  block?: number;
}

export function createNote(n: NewNote, id: string, now: string): Note {
  const placement =
    n.target.position && n.block !== undefined
      ? { draftId: n.draftId, start: n.target.position.start, end: n.target.position.end, block: n.block, score: 1 }
      : null;
  return {
    id,
    reportId: n.reportId,
    target: n.target,
    kind: n.kind,
    body: n.body,
    author: n.author,
    created: now,
    modified: now,
    status: 'open',
    replies: [],
    placement,
  };
}

export function reply(note: Note, body: string, author: string, id: string, now: string): Note {
  return { ...note, modified: now, replies: [...note.replies, { id, author, created: now, body }] };
}

export function setStatus(note: Note, status: Note['status'], now: string): Note {
  return { ...note, status, modified: now };
}

/** Every note placed on `draft` (checklist notes need no place); a note that cannot be placed gets null. */
export function reanchorNotes(notes: Note[], draft: Pick<DraftRecord, 'id' | 'analysis'>): Note[] {
  const blocks = draft.analysis.document.blocks;
  const doc = documentText(blocks);
  return notes.map((n) =>
    n.target.kind === 'checklist' ? n : { ...n, placement: placeTarget(n.target, blocks, draft.id, doc) },
  );
}

/** The note's place in the draft on screen: stored when it was anchored on that draft, else computed now. */
export function placementIn(note: Note, draft: Pick<DraftRecord, 'id' | 'analysis'>): Note['placement'] {
  if (note.target.kind === 'checklist') return null;
  if (note.placement?.draftId === draft.id) return note.placement;
  return reanchorNotes([note], draft)[0]!.placement;
}
