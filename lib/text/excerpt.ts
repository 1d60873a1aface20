// A short excerpt of a passage for a reader who will not open the report: whole sentences where they fit,
// else whole words, and "…" where the passage goes on.
import { sentenceRanges } from './sentences';

/** Below this share of `max`, a cut at a sentence end loses too much: cut at a word end instead. */
const MIN_SENTENCE_SHARE = 0.4;

export function excerpt(text: string, max = 300): string {
  if (text.length <= max) return text;
  const room = max - 1; // the "…"
  const fits = sentenceRanges(text).filter((r) => r.end <= room);
  const sentenceEnd = fits.length ? fits[fits.length - 1]!.end : 0;
  if (sentenceEnd >= room * MIN_SENTENCE_SHARE) return `${text.slice(0, sentenceEnd)} …`;
  const space = text.lastIndexOf(' ', room);
  const cut = space > 0 ? text.slice(0, space) : text.slice(0, room);
  // no dangling punctuation or separator before the ellipsis ("… bij |…", "… en,…")
  return `${cut.replace(/[\s,;:|/–-]+$/u, '')}…`;
}
