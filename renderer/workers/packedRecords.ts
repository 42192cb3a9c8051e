/**
 * Long lists of flat records (codings, turns), packed for a message between the .qdpx worker and the page. A
 * structured clone writes every record as an object with its field names and reads it back field by field, which
 * for a study's 100,000 codings took both threads hundreds of ms. Packed, a list is a few typed arrays (moved,
 * not copied) and its distinct strings once each (a coding's document, code, coder and date repeat), and
 * unpacking it builds equal records with their fields in the same order. Values other than strings, numbers,
 * booleans, null and undefined (a nested object) travel as they are.
 */

/** Packed records: see packRecords. */
export type PackedRecords = {
  count: number;
  /** The distinct field lists (in order) of the records; `shapeOf` says which one each record has. */
  shapes: string[][];
  shapeOf: Uint16Array;
  /** One tag per field value, record after record (STRING … OTHER below). */
  tags: Uint8Array;
  /** The numbers; the strings, as indexes into the distinct `strings`; the other values; in the order met. */
  numbers: Float64Array;
  stringOf: Uint32Array;
  strings: string[];
  others: unknown[];
};

/** Distinct strings of one field after which its strings are sent as they come, without looking them up. */
const DISTINCT = 512;

// The tags of field values.
const STRING = 0;
const NUMBER = 1;
const NULL = 2;
const UNDEFINED = 3;
const TRUE = 4;
const FALSE = 5;
const OTHER = 6;

/** The index of `record`'s field list in `shapes`, added when new (the one at `last` is tried first). */
function shapeIndex(record: object, shapes: string[][], last: number): number {
  const same = (shape: string[] | undefined): boolean => {
    if (!shape) return false;
    let i = 0;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      if (shape[i++] !== key) return false;
    }
    return i === shape.length;
  };
  if (same(shapes[last])) return last;
  const found = shapes.findIndex(same);
  if (found >= 0) return found;
  if (shapes.length > 0xffff) throw new Error('too many record shapes to pack');
  shapes.push(Object.keys(record));
  return shapes.length - 1;
}

/** Packs records (plain objects); unpackRecords gives back equal ones. */
export function packRecords(records: readonly object[]): PackedRecords {
  const count = records.length;
  const shapes: string[][] = [];
  const shapeOf = new Uint16Array(count);
  let values = 0;
  let shape = 0;
  for (let index = 0; index < count; index++) {
    shape = shapeIndex(records[index]!, shapes, shape);
    shapeOf[index] = shape;
    values += shapes[shape]!.length;
  }
  const tags = new Uint8Array(values);
  const numbers = new Float64Array(values);
  const stringOf = new Uint32Array(values);
  const strings: string[] = [];
  // A map of the strings met so far for each field of each shape, dropped once a field has shown itself
  // (almost) unique, like an id: looking up 100,000 ids cost more than sending them.
  const seen = shapes.map((keys) => keys.map(() => new Map<string, number>() as Map<string, number> | null));
  const others: unknown[] = [];
  let tag = 0;
  let number = 0;
  let string = 0;
  for (let index = 0; index < count; index++) {
    const record = records[index] as Record<string, unknown>;
    const keys = shapes[shapeOf[index]!]!;
    const maps = seen[shapeOf[index]!]!;
    for (let k = 0; k < keys.length; k++) {
      const value = record[keys[k]!];
      if (typeof value === 'string') {
        const map = maps[k];
        let id = map?.get(value);
        if (id === undefined) {
          id = strings.length;
          strings.push(value);
          if (map && map.size >= DISTINCT) maps[k] = null;
          else map?.set(value, id);
        }
        tags[tag++] = STRING;
        stringOf[string++] = id;
      } else if (typeof value === 'number') {
        tags[tag++] = NUMBER;
        numbers[number++] = value;
      } else if (value === null) tags[tag++] = NULL;
      else if (value === undefined) tags[tag++] = UNDEFINED;
      else if (value === true) tags[tag++] = TRUE;
      else if (value === false) tags[tag++] = FALSE;
      else {
        tags[tag++] = OTHER;
        others.push(value);
      }
    }
  }
  return {
    count,
    shapes,
    shapeOf,
    tags,
    numbers: numbers.slice(0, number),
    stringOf: stringOf.slice(0, string),
    strings,
    others,
  };
}

/** The records packRecords packed: equal to them, with the same fields in the same order. */
export function unpackRecords(packed: PackedRecords): Record<string, unknown>[] {
  const { shapes, shapeOf, tags, numbers, stringOf, strings, others } = packed;
  const records = new Array<Record<string, unknown>>(packed.count);
  let tag = 0;
  let number = 0;
  let string = 0;
  let other = 0;
  for (let index = 0; index < packed.count; index++) {
    const record: Record<string, unknown> = {};
    for (const key of shapes[shapeOf[index]!]!) {
      switch (tags[tag++]) {
        case STRING:
          record[key] = strings[stringOf[string++]!];
          break;
        case NUMBER:
          record[key] = numbers[number++];
          break;
        case NULL:
          record[key] = null;
          break;
        case UNDEFINED:
          record[key] = undefined;
          break;
        case TRUE:
          record[key] = true;
          break;
        case FALSE:
          record[key] = false;
          break;
        default:
          record[key] = others[other++];
      }
    }
    records[index] = record;
  }
  return records;
}

/** The buffers of packed records, to move with the message rather than copy. */
export function packedBuffers(packed: PackedRecords): ArrayBuffer[] {
  return [packed.shapeOf, packed.tags, packed.numbers, packed.stringOf]
    .map((array) => array.buffer)
    .filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}
