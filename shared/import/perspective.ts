import { DEFAULT_PERSPECTIVES } from '../analysis/perspectives.ts';

// Words in a file name that point at one of the seven default perspectives.
const HINTS: [RegExp, string][] = [
  [/jongere|jeugdige|youth|young/i, 'youth'],
  [/ouder|parent|pleeg/i, 'parents'],
  [/jgz|jeugdgezondheid|consultatie|jeugdarts/i, 'jgz'],
  [/jeugdhulp|wijkteam|youth.?care/i, 'youthcare'],
  [/gemeente|beleid|policy|municipal/i, 'policy'],
  [/onderwijs|school|leerkracht|education|teacher/i, 'education'],
  [/onderzo|opleid|research|lector|docent/i, 'research'],
];

/** The default perspective a file name suggests ("02_ouders.txt" → parents), as its stored Dutch value. */
export function guessPerspective(fileName: string): string | undefined {
  const hit = HINTS.find(([pattern]) => pattern.test(fileName));
  return hit ? DEFAULT_PERSPECTIVES.find((p) => p.id === hit[1])?.nl : undefined;
}
