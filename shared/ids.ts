/** A random RFC 4122 version-4 GUID (lowercase), as REFI-QDA expects for every object. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
