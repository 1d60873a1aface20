// Dutch word stems from the Snowball algorithm (nlp.js's port, a maintained library): "metingen" and "meting",
// "samenwerking" and "samenwerken" meet, without a hand-made list of prefixes.
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl';

const stemmer = new StemmerNl();
const cache = new Map<string, string>();
/** A report has a few thousand distinct words; a crafted one may have millions: the cache starts over. */
const CACHE_LIMIT = 50_000;

/** The stem of one lower-case word without diacritics. */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmer.stemWord(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}
