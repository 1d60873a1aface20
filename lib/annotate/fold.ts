// A text as quotes are compared in: lower case, without diacritics or punctuation, whitespace runs as one
// space, with the offset in the original of every character, so a match found here is placed exactly there.
// Authors change capitals and punctuation between drafts; a reviewer's note is about the words.

export interface FoldedText {
  text: string;
  /** for each UTF-16 unit of `text`, its offset in the original */
  at: number[];
}

const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const SPACE = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]$/;
const MARKS = /[\u0300-\u036f]/g;

export const isPunctuation = (c: string) => PUNCTUATION.test(c);
export const isSpace = (c: string) => SPACE.test(c);

/** Lower case without diacritics, one unit for one (else left as it is, so offsets hold). */
function foldChar(c: string): string {
  const f = c.normalize('NFD').replace(MARKS, '').toLowerCase();
  if (f.length === c.length) return f;
  const lower = c.toLowerCase();
  return lower.length === c.length ? lower : c;
}

/** Folds `s`: a newline (between blocks) is kept as a boundary, never merged into a space. */
export function foldText(s: string): FoldedText {
  // built as an array: reading the end of a string while appending to it would copy it every time
  const out: string[] = [];
  const at: number[] = [];
  for (let k = 0; k < s.length;) {
    const code = s.charCodeAt(k);
    // the common case, letters and digits of ASCII, without the general path below
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      out.push(s[k]!);
      at.push(k++);
      continue;
    }
    if (code >= 65 && code <= 90) {
      out.push(String.fromCharCode(code + 32));
      at.push(k++);
      continue;
    }
    const c = String.fromCodePoint(s.codePointAt(k)!);
    const last = out[out.length - 1];
    if (c === '\n') {
      if (last === ' ') {
        out.pop();
        at.pop();
      }
      out.push('\n');
      at.push(k);
    } else if (isSpace(c)) {
      if (last !== undefined && last !== ' ' && last !== '\n') {
        out.push(' ');
        at.push(k);
      }
    } else if (!isPunctuation(c)) {
      const f = foldChar(c);
      for (let u = 0; u < f.length; u++) {
        out.push(f[u]!);
        at.push(k + u);
      }
    }
    k += c.length;
  }
  return { text: out.join(''), at };
}

/** A quote or context folded on its own: also without a leading or trailing space. */
export function foldQuote(s: string): string {
  return foldText(s).text.trim();
}

/** The original range of folded `start..end`, without whitespace at its edges. */
export function unfoldRange(
  original: string,
  folded: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = folded.at[start] ?? original.length;
  let to = end > start ? folded.at[end - 1]! + 1 : from;
  while (from < to && isSpace(original[from]!)) from++;
  while (to > from && isSpace(original[to - 1]!)) to--;
  return { start: from, end: to };
}

/** Widens `start..end` over the punctuation right at its edges where the quote had punctuation there (it
 * may have changed: the whole run counts), so "…incidenten." lands on "…incidenten;" and not on "…incidenten". */
export function widenToQuote(
  original: string,
  quote: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = start;
  let to = end;
  if (/^[\p{P}\p{S}]/u.test(quote)) while (from > 0 && isPunctuation(original[from - 1]!)) from--;
  if (/[\p{P}\p{S}]$/u.test(quote)) while (to < original.length && isPunctuation(original[to]!)) to++;
  return { start: from, end: to };
}
