declare module '@nlpjs/lang-nl/src/stemmer-nl' {
  export default class StemmerNl {
    stemWord(word: string): string;
  }
}
