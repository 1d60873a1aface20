// Merging a colleague's notes into ours by id: new notes are added, a note both have keeps the later
// edit, and replies are united by id. Nothing is duplicated; importing the same file twice changes nothing.
import type { Note } from '../schema';

export interface NotesMerge {
  /** the notes to write (new or changed) */
  write: Note[];
  added: number;
  updated: number;
  unchanged: number;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeNotes(current: Note[], incoming: Note[]): NotesMerge {
  const mine = new Map(current.map((n) => [n.id, n]));
  const out: NotesMerge = { write: [], added: 0, updated: 0, unchanged: 0 };
  for (const theirs of incoming) {
    const ours = mine.get(theirs.id);
    if (!ours) {
      out.write.push(theirs);
      out.added++;
      continue;
    }
    const newer = theirs.modified > ours.modified ? theirs : ours;
    const replies = new Map([...ours.replies, ...theirs.replies].map((r) => [r.id, r]));
    const merged: Note = {
      ...newer,
      id: ours.id,
      reportId: ours.reportId,
      placement: ours.placement,
      replies: [...replies.values()].sort((a, b) => a.created.localeCompare(b.created)),
    };
    if (sameJson(merged, ours)) out.unchanged++;
    else {
      out.write.push(merged);
      out.updated++;
    }
  }
  return out;
}
