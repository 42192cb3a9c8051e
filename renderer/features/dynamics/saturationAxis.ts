/** How the saturation chart's group axis is drawn: label angle, every how many groups a label, and its height. */
export type GroupAxis = { angle: number; interval: number; height: number };

/** Room a slanted label (−20°) needs along the axis, and a vertical label's (one line of 12 px text). */
const SLANTED_WIDTH = 110;
const VERTICAL_WIDTH = 16;
/** Labels are "12. " and at most 26 characters; about 6.8 px each at 12 px. */
const LABEL_LENGTH = 30 * 6.8;

/**
 * Labels that never overlap, for 7 groups as for 70: slanted while each group has room for one, else vertical,
 * and then only every n-th label (Recharts' `interval`: n − 1 skipped) so neighbours keep 16 px apart.
 */
export function groupAxis(groups: number, plotWidth: number): GroupAxis {
  const perGroup = plotWidth / Math.max(1, groups);
  if (perGroup >= SLANTED_WIDTH) return { angle: -20, interval: 0, height: 70 };
  const every = Math.max(1, Math.ceil(VERTICAL_WIDTH / perGroup));
  return { angle: -90, interval: every - 1, height: Math.ceil(LABEL_LENGTH) + 12 };
}
