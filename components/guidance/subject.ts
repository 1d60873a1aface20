// What the Schrijfhulp (writing guidance) panel is opened for: a checklist item, a theme, or a quality aspect.
import type { GuidanceSubject } from '@/lib/guidance/subject';

export type { GuidanceSubject };

/** Opens the Schrijfhulp panel; views receive it as a prop from App. */
export type OpenGuidance = (subject: GuidanceSubject) => void;
