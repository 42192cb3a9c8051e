// natural ships no types for its per-module paths; this is the one module shared/ imports.
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
