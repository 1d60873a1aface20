// What the Schrijfhulp (writing guidance) is about: a checklist item, a theme, or a quality aspect.
import { themeItemId } from '../knowledge/shape';

export type GuidanceSubject =
  { kind: 'item'; id: string } | { kind: 'theme'; id: number } | { kind: 'aspect'; id: string };

/** The checklist item a subject stands for (a theme's own item): what a justification is stored under.
 * An aspect is no checklist item, so it has none. */
export function subjectItemId(s: GuidanceSubject): string | null {
  if (s.kind === 'aspect') return null;
  return s.kind === 'theme' ? themeItemId(s.id) : s.id;
}
