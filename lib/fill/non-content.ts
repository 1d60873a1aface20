// Fields that are not report content: an address, a phone number, a date, a file, the sender's name, function,
// organisation or codes. They get no item whatever their label mentions ("Contactpersoon voor vragen over het
// kwaliteitsverslag" names the report but asks for a person), and the preview says why.
import { fillTerms } from '../knowledge/fill-terms';
import { compilePhrases } from '../knowledge/phrases';
import { fold } from '../text/normalize';
import type { FieldInfo } from './field';
import { fieldShape, type ShapedField } from './field-kind';
import { hitsIn, RAW } from './hits';
import { labelHead } from './label-head';

const personal = compilePhrases<true>(fillTerms.personal.map((p) => [p, true]));
const alone = new Set(fillTerms.personalAlone.map(fold));

const BY_TYPE: Record<string, string> = {
  date: 'een datumveld',
  month: 'een datumveld',
  week: 'een datumveld',
  time: 'een veld voor een tijd',
  'datetime-local': 'een datumveld',
  email: 'een e-mailveld',
  tel: 'een telefoonveld',
  url: 'een veld voor een webadres',
  password: 'een wachtwoordveld',
  file: 'een veld om een bestand te uploaden',
};
/** the autofill names of the HTML standard for a person's or organisation's own data */
const AUTOFILL =
  /^(?:name|honorific-prefix|given-name|additional-name|family-name|honorific-suffix|nickname|username|organization|organization-title|street-address|address-line[1-3]|address-level[1-4]|country|country-name|postal-code|email|tel(?:-[a-z-]+)?|url|bday(?:-[a-z]+)?|sex|photo|impp)$/;
/** words a question may open with before it names what it asks ("Wie is de contactpersoon", "Uw functie") */
const OPENERS = new Set(['wie', 'wat', 'is', 'zijn', 'de', 'het', 'een', 'uw', 'jouw', 'van']);
/** a label this short that holds a personal word is about that ("Type zorgaanbieder", "Plaats en datum") */
const SHORT_LABEL = 4;

/**
 * Why the label's head asks for the sender's own data, or null: a personal word leads it ("Contactpersoon voor
 * vragen over het kwaliteitsverslag") or fills a short one ("Type zorgaanbieder"). "Functie van
 * ervaringsdeskundigen" asks about a theme: a personal word followed by "van" and a pillar or theme is content.
 */
function personalLabel(text: string): string | null {
  const { head } = labelHead(text);
  const folded = fold(head);
  const words = folded.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
  if (!words.length) return null;
  const rest = words
    .slice(
      Math.max(
        0,
        words.findIndex((w) => !OPENERS.has(w)),
      ),
    )
    .join(' ');
  if (alone.has(rest)) return rest;
  const lead = personal.find(rest).find((h) => h.start === 0);
  const about = (t: string) => hitsIn(t).some((h) => h.raw >= RAW.item);
  if (lead)
    return /^\s*van\s/.test(rest.slice(lead.phrase.length)) && about(rest.slice(lead.phrase.length))
      ? null
      : lead.phrase;
  return words.length <= SHORT_LABEL && !about(head) ? (personal.find(folded)[0]?.phrase ?? null) : null;
}

/** Why a field is not for report content, in Dutch, or null when it may be. */
export function notContent(field: ShapedField & Pick<FieldInfo, 'autocomplete'>): string | null {
  const what = BY_TYPE[field.inputType];
  if (what) return `${what}: daar hoort geen verslagtekst`;
  // autocomplete names the data a browser fills in: a name, an address, an organisation (other values only
  // switch the browser's filling off: "off", "nope", "new-password")
  const hint = field.autocomplete.split(/\s+/).at(-1) ?? '';
  if (AUTOFILL.test(hint)) return `het veld vraagt om eigen gegevens (autocomplete “${hint}”)`;
  const s = field.signals;
  // with no label of its own, the row header or the text before it names the field
  const label = s.label[0] || s.placeholder || s.rowHeader || s.before;
  const word = label ? personalLabel(label) : null;
  if (word) return `“${label}” vraagt om eigen gegevens (“${word}”), niet om verslaginhoud`;
  if (fieldShape(field).kind === 'date' && !(label && hitsIn(labelHead(label).head).some((h) => h.raw >= RAW.item)))
    return 'een datumveld: daar hoort geen verslagtekst';
  return null;
}
