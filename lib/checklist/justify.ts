// A user's justification of a checklist item ("niet van toepassing", "bewust weggelaten", with a reason) laid
// over the verdicts: the item keeps its measured status and evidence, and counts as accounted for.
import type { ChecklistVerdict, Justification } from '../schema';

export function applyJustifications(
  checklist: ChecklistVerdict[],
  justifications: Justification[],
): ChecklistVerdict[] {
  if (!justifications.length) return checklist;
  const byItem = new Map(justifications.map((j) => [j.itemId, j]));
  return checklist.map((v) => {
    const j = byItem.get(v.id);
    return j ? { ...v, justified: { kind: j.kind, reason: j.reason } } : v;
  });
}

/** Still to be done: not present and not justified. */
export const isOpen = (v: ChecklistVerdict) => v.status !== 'present' && !v.justified;

/** A required item still to be done: what the headline counts. */
export const isOpenRequired = (v: ChecklistVerdict) => v.level === 'required' && isOpen(v);
