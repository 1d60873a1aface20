// A check's exit code for one report: 0 every required item is present, 1 one is missing or thin.
import type { Analysis } from '../lib/schema';

export const verdict = (a: Pick<Analysis, 'checklist'>): 0 | 1 =>
  a.checklist.some((c) => c.level === 'required' && c.status !== 'present') ? 1 : 0;
