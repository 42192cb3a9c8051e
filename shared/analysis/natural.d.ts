// natural ships no types for its per-module paths; these are the modules shared/ imports (never natural's index).
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
