/** Runs of whitespace (incl. non-breaking spaces) to one space, trimmed: the corpus gold's text rule. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/**
 * Lower case without diacritics and with tight slashes, for matching: "Cliëntmetingen" meets
 * "clientmetingen", "Overdracht / stapelzorg" meets "overdracht/stapelzorg". Keeps the text's length
 * apart from slashes, so match offsets stay close to the original.
 */
export function fold(text: string): string {
  return tightSlashes(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  );
}

/** "a / b" → "a/b". By splitting: a regular expression of optional spaces, a slash, spaces reads a run of spaces
 * again from each of its spaces (quadratic on a long run). */
function tightSlashes(text: string): string {
  if (!text.includes('/')) return text;
  const parts = text.split('/');
  return parts.map((p, k) => (k === 0 ? p.trimEnd() : k === parts.length - 1 ? p.trimStart() : p.trim())).join('/');
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-/.]*/gu);
  return m ? m.length : 0;
}

/**
 * Lower case without diacritics, one character for one: offsets found in the result hold in the original
 * text (unlike `fold`, which also tightens slashes).
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const c of text) {
    const f = c
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    out += f.length === c.length ? f : c;
  }
  return out;
}
