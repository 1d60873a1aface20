// Merging a colleague's notes into ours by id: new notes are added, a note both have keeps the later
// edit, and replies are united by id. Nothing is duplicated; importing the same file twice changes nothing.
// A note keeps its id across reports only where no other report has it: last year's notes imported into this
// year's report are copies, and last year's stay where they are.
import type { Note } from '../schema';

export interface NotesMerge {
  /** the notes to write (new or changed) */
  write: Note[];
  added: number;
  updated: number;
  unchanged: number;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The id a note of another report gets as a copy in `reportId`: always the same, so a second import merges. */
export const copyId = (reportId: string, id: string) => `urn:kkfz:report:${reportId}:note:${id}`;

/** Notes read from a file as notes of `reportId`. One whose id a note of another report has (`elsewhere`), or
 * whose copy this report holds already (`mine`), becomes that copy: note ids are the database's keys, and
 * taking over the id would move the other report's note. */
export function intoReport(incoming: Note[], reportId: string, mine: Note[], elsewhere: ReadonlySet<string>): Note[] {
  const ours = new Set(mine.map((n) => n.id));
  return incoming.map((n) => {
    const copy = copyId(reportId, n.id);
    return { ...n, reportId, id: elsewhere.has(n.id) || ours.has(copy) ? copy : n.id };
  });
}

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
