// natural's Dutch Porter stemmer, imported by its own path because natural's index pulls Node-only code.
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
