// Sentences of a block's text as ranges, so a flag can point at the sentence that is stale.

export interface Range {
  start: number;
  end: number;
}

// A sentence ends at . ! ? (and closing quotes) before a capital, a digit or an opening quote; "o.a. de" and
// "t.o.v. totaal" go on, because a lower-case word follows. A run of marks is tried from its first one only (from
// each of them, a line of dots would take quadratic time).
const END = /(?<![.!?])[.!?]+["'”’)]*\s+(?=[\p{Lu}\p{N}"'“‘(])/gu;

export function sentenceRanges(text: string, offset = 0): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].trimEnd().length;
    out.push({ start: offset + start, end: offset + end });
    start = m.index + m[0].length;
  }
  if (start < text.length && text.slice(start).trim())
    out.push({ start: offset + start, end: offset + text.trimEnd().length });
  return out;
}
