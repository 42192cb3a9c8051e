/** Word forms as small integers: word lists and the KWIC index count millions of words over a few thousand forms. */

export type FormInterner = {
  /** Lowercase forms by id. */
  readonly forms: string[];
  /** The id of a word's lowercase form; a form not seen before gets the next id (= forms.length - 1). */
  intern(word: string): number;
};

/** An interner that also remembers each spelling as written, so most words skip toLowerCase. */
export function formInterner(): FormInterner {
  const ids = new Map<string, number>();
  const forms: string[] = [];
  return {
    forms,
    intern(word) {
      let id = ids.get(word);
      if (id === undefined) {
        const lower = word.toLowerCase();
        id = ids.get(lower);
        if (id === undefined) {
          id = forms.length;
          forms.push(lower);
          ids.set(lower, id);
        }
        ids.set(word, id);
      }
      return id;
    },
  };
}

/** The array itself when it holds `length` values, else a copy at least twice as large. */
export function withRoom(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const grown = new Int32Array(Math.max(length, array.length * 2));
  grown.set(array);
  return grown;
}
