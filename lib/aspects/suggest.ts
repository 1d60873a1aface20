// A report's own status words ("Gereed", "loopt nog", "deels gerealiseerd") as one of the three states the
// tool stores, to offer as a suggestion. Words that name no state, or that could mean two ("niet gereed": not
// started, or started and not done?), give null: the user sees the report's words, never a guess.
import type { AspectState } from '../schema';
import { fold } from '../text/normalize';

const COMPLETE =
  'gereed|afgerond|gerealiseerd|voldaan|geimplementeerd|geborgd|klaar|behaald|ingevoerd|voltooid|done|completed?|implemented|achieved|ready';

/** What the words say, first match in the text deciding; longer readings win over their own parts. */
const READINGS: [RegExp, AspectState | null][] = [
  // not a state at all
  [/n\.? ?v\.? ?t\.?|niet van toepassing|not applicable|n\/a/, null],
  // done in part: started
  [new RegExp(`niet (?:geheel|volledig|helemaal) (?:${COMPLETE})`), 'in-werking'],
  // not done: not started, or started and not finished; the words do not say which
  [new RegExp(`(?:nog )?niet (?:${COMPLETE})|not (?:yet )?(?:${COMPLETE})`), null],
  [
    /(?:nog )?niet (?:gestart|begonnen|opgestart|opgepakt|in gang gezet)|nog niet|nog te starten|gepland|ingepland|not (?:yet )?started|not yet|planned/,
    'niet-gestart',
  ],
  [
    /in werking|in ontwikkeling|in uitvoering|in voorbereiding|in implementatie|in (?:de )?implementatiefase|in gang gezet|(?:door)?lopend|loopt|grotendeels|gedeeltelijk|deels|(?:op)?gestart|bezig|in progress|in operation|ongoing|partly|partially|started/,
    'in-werking',
  ],
  [new RegExp(`${COMPLETE}|ja|yes`), 'gereed'],
];

/** Every reading as one pattern, each alternative whole words only. */
const WORD = (r: RegExp) => `(?<![\\p{L}\\d])(?:${r.source})(?![\\p{L}\\d])`;
const MATCHERS = READINGS.map(([r, state]) => ({ re: new RegExp(WORD(r), 'gu'), state }));

/** The state the report's status words say, or null when they say none (or not clearly). */
export function suggestState(words: string): AspectState | null {
  const text = fold(words)
    .replace(/[-‐–—_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let best: { at: number; length: number; state: AspectState | null } | null = null;
  for (const { re, state } of MATCHERS) {
    for (const m of text.matchAll(re)) {
      if (!best || m.index < best.at || (m.index === best.at && m[0].length > best.length))
        best = { at: m.index, length: m[0].length, state };
    }
  }
  return best?.state ?? null;
}
