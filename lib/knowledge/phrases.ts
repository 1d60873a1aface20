// One compiled matcher per phrase list: phrases match at word starts on folded text, so "opleiding"
// also finds "opleidingen", while short abbreviations ("iso", "mto") must stand as whole words.
import { fold } from '../text/normalize';

export interface PhraseHit<T> {
  phrase: string;
  start: number;
  entries: T[];
}

export interface PhraseMatcher<T> {
  /** non-overlapping hits, longest phrase first at each position */
  find(foldedText: string): PhraseHit<T>[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compilePhrases<T>(items: Iterable<[string, T]>): PhraseMatcher<T> {
  const byPhrase = new Map<string, T[]>();
  for (const [phrase, entry] of items) {
    const key = fold(phrase);
    const list = byPhrase.get(key) ?? [];
    list.push(entry);
    byPhrase.set(key, list);
  }
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  if (phrases.length === 0) return { find: () => [] };
  const alternatives = phrases.map((p) => escape(p) + (p.length <= 4 ? '(?![\\p{L}\\p{N}])' : ''));
  // compiled once: building it again per call cost more than the matching (find is synchronous, so one will do)
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'gu');
  return {
    find(text) {
      re.lastIndex = 0;
      const hits: PhraseHit<T>[] = [];
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) hits.push({ phrase: m[0], start: m.index, entries: byPhrase.get(m[0])! });
      return hits;
    },
  };
}
