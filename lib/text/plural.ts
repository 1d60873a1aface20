// Counted words in Dutch and English through Intl.PluralRules: "1 blok", "0 blokken", "2 blocks".
// One helper for every count the UI, the CLI and the import messages show.

export type PluralLang = 'nl' | 'en';

/** The two forms Dutch and English need. A form with `#` has the number there; otherwise it follows the number. */
export interface PluralForms {
  one: string;
  other: string;
}

const RULES: Record<PluralLang, Intl.PluralRules> = { nl: new Intl.PluralRules('nl'), en: new Intl.PluralRules('en') };

/** The form of the word for `n`, without the number. */
export function pluralForm(lang: PluralLang, n: number, forms: PluralForms): string {
  return RULES[lang].select(n) === 'one' ? forms.one : forms.other;
}

/**
 * The number with the right form: `plural('nl', 1, { one: 'blok', other: 'blokken' })` is "1 blok";
 * `plural('nl', 3, { one: '# onderdeel ontbreekt', other: '# onderdelen ontbreken' })` is "3 onderdelen ontbreken".
 */
export function plural(lang: PluralLang, n: number, forms: PluralForms): string {
  const form = pluralForm(lang, n, forms);
  return form.includes('#') ? form.replaceAll('#', String(n)) : `${n} ${form}`;
}
