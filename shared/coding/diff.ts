import type { TextEdit } from './offsets.ts';

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function diffEdit(before: string, after: string, offset: number): TextEdit | null {
  if (before === after) return null;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  return {
    start: offset + prefix,
    end: offset + before.length - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}
