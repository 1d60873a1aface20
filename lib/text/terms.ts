// Matches a knowledge list of terms against text by Dutch word stems, so a term names a word in all its
// forms ("meting" finds "metingen", "samenwerking" finds "samenwerken"). A term is a word or a phrase; a term
// written "*head" is a compound head and also finds the compounds built on it ("*getallen" finds
// "kengetallen" and "kerngetallen"). Text and terms are folded first (lower case, no diacritics).
import { fold } from './normalize';
import { stem } from './stem';

export interface Token {
  /** stem of the word with its hyphens and apostrophes left out ("risico-inventarisatie" → one word) */
  key: string;
  start: number;
  end: number;
  /** the stems of a hyphenated word's parts ("fz-leerlijn" → fz, leerlijn), else none */
  parts: string[];
  /** the word as written (folded) */
  word: string;
}

export interface TermHit<T> {
  /** the term that matched, as its stems ("*" in front for a compound head) */
  term: string;
  /** the text that matched */
  phrase: string;
  start: number;
  end: number;
  entries: T[];
}

export interface TermMatcher<T> {
  /** non-overlapping hits in folded text, the longest term first at each word */
  find(foldedText: string): TermHit<T>[];
}

// "x-guard", "hcr-20", "cliënt/netwerk" stay one word apart from the slash; a run of 60+ word characters is no word
const WORD = /[\p{L}\p{N}]{1,60}(?:[-'’][\p{L}\p{N}]{1,60}){0,4}/gu;

/** the rest of a compound after its first word: "…sorganisaties", not a plural's "-en" */
const MIN_COMPOUND_REST = 4;

export function tokenize(foldedText: string): Token[] {
  const out: Token[] = [];
  for (const m of foldedText.matchAll(WORD)) {
    const parts = m[0].includes('-') ? m[0].split('-').map((p) => stem(p.replace(/['’]/g, ''))) : [];
    out.push({ key: stem(m[0].replace(/[-'’]/g, '')), start: m.index, end: m.index + m[0].length, parts, word: m[0] });
  }
  return out;
}

interface Phrase<T> {
  id: string;
  keys: string[];
  entries: T[];
}

export function compileTerms<T>(items: Iterable<[string, T]>): TermMatcher<T> {
  const phrases = new Map<string, Phrase<T>>();
  const heads = new Map<string, T[]>();
  const add = (keys: string[], entry: T) => {
    const id = keys.join(' ');
    const p = phrases.get(id) ?? { id, keys, entries: [] };
    if (!p.entries.includes(entry)) p.entries.push(entry);
    phrases.set(id, p);
  };
  for (const [term, entry] of items) {
    const folded = fold(term).trim();
    if (folded.startsWith('*')) {
      const key = stem(folded.slice(1).replace(/[-'’\s]/g, ''));
      heads.set(key, [...(heads.get(key) ?? []), entry]);
      continue;
    }
    const keys = tokenize(folded).map((t) => t.key);
    if (keys.length === 0) continue;
    add(keys, entry);
    // a phrase also matches when written as one word, and a hyphenated word when written apart:
    // "prestatie indicator" ~ "prestatie-indicator" ~ "prestatieindicator"
    if (keys.length > 1) add([stem(folded.replace(/[^\p{L}\p{N}]/gu, ''))], entry);
    if (/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(folded))
      add(
        tokenize(folded.replace(/-/g, ' ')).map((t) => t.key),
        entry,
      );
  }
  // a one-word term of some length also opens compounds: "reclassering" in "reclasseringsorganisaties"
  const modifiers = new Map<string, Phrase<T>>();
  for (const [term] of items) {
    const folded = fold(term).trim();
    if (!/^[\p{L}]{6,}$/u.test(folded)) continue;
    const p = phrases.get(tokenize(folded)[0]!.key);
    if (p) modifiers.set(folded, p);
  }
  const compoundModifier = (word: string): Phrase<T> | undefined => {
    for (let n = word.length - MIN_COMPOUND_REST; n >= 6; n--) {
      const hit = modifiers.get(word.slice(0, n));
      if (hit) return hit;
    }
    return undefined;
  };
  const byFirst = new Map<string, Phrase<T>[]>();
  for (const p of phrases.values()) byFirst.set(p.keys[0]!, [...(byFirst.get(p.keys[0]!) ?? []), p]);
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const headKeys = [...heads.keys()];

  return {
    find(text) {
      const tokens = tokenize(text);
      const hits: TermHit<T>[] = [];
      for (let k = 0; k < tokens.length;) {
        const t = tokens[k]!;
        const match = byFirst.get(t.key)?.find((p) => p.keys.every((key, j) => tokens[k + j]?.key === key));
        if (match) {
          const last = tokens[k + match.keys.length - 1]!;
          hits.push({
            term: match.id,
            phrase: text.slice(t.start, last.end),
            start: t.start,
            end: last.end,
            entries: match.entries,
          });
          k += match.keys.length;
          continue;
        }
        // a hyphenated word matches by one of its parts ("FZ-leerlijn", "zorg-innovatie")
        const part = t.parts.map((p) => byFirst.get(p)?.find((x) => x.keys.length === 1)).find((x) => x);
        if (part) {
          hits.push({
            term: part.id,
            phrase: text.slice(t.start, t.end),
            start: t.start,
            end: t.end,
            entries: part.entries,
          });
          k++;
          continue;
        }
        const head = headKeys.find((h) => t.key.endsWith(h));
        if (head)
          hits.push({
            term: `*${head}`,
            phrase: text.slice(t.start, t.end),
            start: t.start,
            end: t.end,
            entries: heads.get(head)!,
          });
        else {
          const modifier = t.word.length <= 40 ? compoundModifier(t.word) : undefined;
          if (modifier)
            hits.push({
              term: modifier.id,
              phrase: text.slice(t.start, t.end),
              start: t.start,
              end: t.end,
              entries: modifier.entries,
            });
        }
        k++;
      }
      return hits;
    },
  };
}
