// A proposal cut to what a field takes: at the last sentence or line end that fits, so what goes in reads as
// whole sentences; at a word, with "…", only when not even the first sentence fits.
import { sentenceRanges } from '../text/sentences';

export interface Fitted {
  text: string;
  /** the proposal was longer than the field takes */
  shortened: boolean;
}

/** Below this share of the limit a cut at a sentence end loses too much: cut at a word instead. */
const MIN_SENTENCE_SHARE = 0.4;

/** Where sentences and lines end in the text, in order. */
function ends(text: string): number[] {
  const out: number[] = [];
  let at = 0;
  for (const ln of text.split('\n')) {
    for (const r of sentenceRanges(ln, at)) out.push(r.end);
    at += ln.length + 1;
  }
  return out;
}

export function fitText(text: string, limit: number | null): Fitted {
  if (limit === null || text.length <= limit) return { text, shortened: false };
  const fits = ends(text).filter((e) => e <= limit);
  let end = fits.at(-1) ?? 0;
  // a lead-in ("We starten met:") without what it leads in to says nothing
  while (end > 0 && /:\s*$/.test(text.slice(0, end)) && fits.length > 1) end = fits[fits.indexOf(end) - 1] ?? 0;
  if (end >= limit * MIN_SENTENCE_SHARE) return { text: text.slice(0, end).trimEnd(), shortened: true };
  const room = limit - 1; // the "…"
  const space = text.lastIndexOf(' ', room);
  const cut = space > 0 ? text.slice(0, space) : text.slice(0, room);
  // a trailing run is tried from its first mark only (from each of them, a run of spaces would take quadratic time)
  return { text: `${cut.replace(/(?<![\s,;:|/–-])[\s,;:|/–-]+$/u, '')}…`, shortened: true };
}
