// Places to write inside a line of the template's own text: "Aantal cliënten: [aantal]", "In <jaar> hebben wij…",
// a grey hint after a label. A line is its runs' text; a place is a character range of it, which the writer finds
// again in the same runs.
import type { StyleSheet } from '../docx/styles';
import { isHintRun } from './looks';
import { placeholderSpans, type Span } from './placeholder';
import { runsOf, textOf, up } from './xml';

export interface Segment {
  run: Element;
  start: number;
  end: number;
}

export interface Line {
  text: string;
  segments: Segment[];
}

/** The paragraph's runs and their text, those of a content control that is a place of its own left out. */
export function lineOf(p: Element, isSlotControl: (sdt: Element) => boolean): Line {
  let text = '';
  const segments: Segment[] = [];
  for (const run of runsOf(p)) {
    const sdt = up(run, 'sdt');
    if (sdt && isSlotControl(sdt)) continue;
    const t = textOf(run);
    segments.push({ run, start: text.length, end: text.length + t.length });
    text += t;
  }
  return { text, segments };
}

/** The marked places of a line that has text of its own besides them: bracketed or dotted places, and grey or
 * placeholder-styled runs (not italic: inside a line that is emphasis). */
export function inlineSpans(line: Line, styles: StyleSheet): Span[] {
  const hints: Span[] = [];
  for (const s of line.segments) {
    const prev = hints.at(-1);
    const blank = !/\S/.test(line.text.slice(s.start, s.end));
    // a space between two grey runs belongs to the hint
    if (!blank && !isHintRun(s.run, styles, false)) continue;
    if (prev && prev.end === s.start) prev.end = s.end;
    else if (!blank) hints.push({ start: s.start, end: s.end });
  }
  const merged: Span[] = [];
  for (const s of [...placeholderSpans(line.text), ...hints].sort((a, b) => a.start - b.start)) {
    const prev = merged.at(-1);
    if (prev && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else merged.push({ ...s });
  }
  // a hint's trailing space is the line's, not the place's
  for (const s of merged) while (s.end > s.start && /\s/.test(line.text[s.end - 1]!)) s.end--;
  const rest = merged.reduceRight((t, x) => t.slice(0, x.start) + t.slice(x.end), line.text);
  return /[\p{L}\p{N}]/u.test(rest) ? merged : [];
}
