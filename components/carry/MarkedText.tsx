// A block's text with its stale passages marked: text nodes and <mark> elements only, never HTML. Long texts
// show their first ~200 characters with a button for the rest.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { mergeFlags } from '@/lib/carry/marks';
import type { StaleFlag } from '@/lib/schema';
import type { Strings } from '../i18n';

/** Texts up to this long are shown whole; longer ones are cut near it (at a space when there is one). */
export const SHORT = 200;

export function cutAt(text: string, limit = SHORT): number {
  if (text.length <= limit * 1.15) return text.length;
  const space = text.lastIndexOf(' ', limit);
  return space > limit * 0.75 ? space : limit;
}

/** "Het eerste stuk…" for labels: one line, at most `n` characters. */
export const shortText = (text: string, n = 60) =>
  (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text) || '—';

/** `text` up to `end`, each merged flag range as a <mark>. */
export function marked(
  text: string,
  flags: readonly StaleFlag[],
  language: 'nl' | 'en',
  end = text.length,
): ComponentChildren[] {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const m of mergeFlags(flags, text.length, language)) {
    if (m.start >= end) break;
    if (m.start > at) parts.push(text.slice(at, m.start));
    const stop = Math.min(m.end, end);
    parts.push(<mark title={m.notes.join('\n')}>{text.slice(m.start, stop)}</mark>);
    at = stop;
  }
  if (at < end) parts.push(text.slice(at, end));
  if (end < text.length) parts.push('…');
  return parts;
}

export function MarkedText({
  id,
  text,
  flags,
  language,
  t,
  strong = false,
}: {
  id: string;
  text: string;
  flags: readonly StaleFlag[];
  language: 'nl' | 'en';
  t: Strings;
  strong?: boolean;
}) {
  const [expanded, setExpanded] = useState(false);
  const cut = cutAt(text);
  const long = cut < text.length;
  const content = text ? marked(text, flags, language, expanded ? text.length : cut) : ['—'];
  return (
    <>
      <p id={id} class="carry-text">
        {strong ? <strong>{content}</strong> : content}
      </p>
      {long && (
        <button
          type="button"
          class="link more"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t.carry.less : t.carry.more}
        </button>
      )}
    </>
  );
}
