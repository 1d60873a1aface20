// A label's head and its secondary words. "Organisatie van zorg (o.a. kwaliteitsmanagement, cliënttevredenheid)"
// asks for the pillar; the bracketed examples only illustrate it, so they weigh less when a field is matched.
import { fillTerms } from '../knowledge/fill-terms';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "bijvoorbeeld …", "o.a. …", "zoals …" up to the end of the sentence */
const ASIDE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${fillTerms.asides.map(escape).join('|')})\\.?(?![\\p{L}\\p{N}])[^.?!;]*`,
  'giu',
);
const BRACKETS = /\([^()]*\)|\[[^[\]]*\]/g;

export interface LabelHead {
  /** the label without its secondary words */
  head: string;
  /** the secondary words ('' when there are none) */
  aside: string;
}

export function labelHead(text: string): LabelHead {
  const aside: string[] = [];
  const take = (m: string) => {
    aside.push(m.replace(/^[([]|[)\]]$/g, '').trim());
    return ' ';
  };
  const head = text.replace(BRACKETS, take).replace(ASIDE, take);
  // a run of spaces or marks is tried from its first one only (from each of them, it would take quadratic time)
  const tidy = (s: string) =>
    s
      .replace(/(?<!\s)\s+([,.?!:;])/g, '$1')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:–-]+|(?<![\s,;:–-])[\s,;:–-]+$/g, '')
      .trim();
  return { head: tidy(head), aside: tidy(aside.filter(Boolean).join('; ')) };
}
