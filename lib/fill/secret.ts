// Fields whose content is nobody's business but the user's: a password or code, payment details, a citizen service
// number. Such a field is never read nor listed: not its value, not even that it is there. A report's text never
// goes into one, so nothing is lost. (Password and hidden inputs are not collected at all: see collect.ts.)
import { fillTerms } from '../knowledge/fill-terms';
import { compilePhrases } from '../knowledge/phrases';
import { fold } from '../text/normalize';
import type { FieldInfo } from './field';

const secretWords = compilePhrases<true>(fillTerms.secret.map((w) => [w, true]));
/** the autofill names of the HTML standard for payment details and credentials */
const AUTOFILL = /^(?:cc-[a-z-]+|current-password|new-password|one-time-code)$/;

/** Whether the field holds a secret, by its autocomplete hint or the words that name it. */
export function isSecret(field: Pick<FieldInfo, 'autocomplete' | 'signals'>): boolean {
  // the hint's last word is the data ("section-pay billing cc-number")
  if (AUTOFILL.test(field.autocomplete.split(/\s+/).at(-1) ?? '')) return true;
  const s = field.signals;
  // the text before the field names it only when nothing else does (it may be a paragraph about something else)
  const names = [...s.label, s.placeholder, s.tokens, s.rowHeader, s.label.length || s.placeholder ? '' : s.before];
  return names.some((text) => text !== '' && secretWords.find(fold(text)).length > 0);
}
