/** Runs of whitespace (incl. non-breaking spaces) to one space, trimmed: the corpus gold's text rule. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** Lower case without diacritics, for matching: "Cliëntmetingen" and "clientmetingen" meet. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-/.]*/gu);
  return m ? m.length : 0;
}
