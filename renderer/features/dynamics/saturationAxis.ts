import { perspectiveShortLabel } from '../../../shared/analysis/perspectives.ts';
import { shortLabel } from '../../../shared/analysis/shortLabel.ts';

/**
 * How the saturation chart's group axis is drawn: label angle, every how many groups a label (Recharts'
 * `interval`: that many skipped), the axis' height and the chart's left margin.
 */
export type GroupAxis = { angle: number; interval: number; height: number; left: number };

/** Room a slanted label (−20°) needs along the axis, and a vertical label's (one line of 12 px text). */
const SLANTED_WIDTH = 110;
const VERTICAL_WIDTH = 16;
/** Width of one character of the 12 px axis text, generously (DejaVu Sans, the widest common UI font). */
const CHAR_WIDTH = 7.2;
const LINE_HEIGHT = 14;
/** The chart's Y axis and right margin, beside the groups. */
export const Y_AXIS_WIDTH = 60;
export const RIGHT_MARGIN = 40;
/** A slanted first label reaches left of its group, past the Y axis: the left margin gives it room (at least). */
const SLANTED_LEFT = 130;
const VERTICAL_LEFT = 24;
/** A group name longer than this is shortened in the middle. */
const NAME_LENGTH = 24;

/**
 * A group's label on the axis: its place, its own name first (so two groups of one perspective differ even
 * where the label is cut), then its perspective's short name. A long name keeps its start and its end
 * ("Focusgroep… 2023 ronde 1"), where numbers and places that tell groups apart usually are.
 */
export function groupAxisLabel(
  position: number,
  doc: { name: string; attributes: Record<string, string> },
  lang: 'nl' | 'en',
): string {
  const name = shortLabel(doc.name, NAME_LENGTH);
  const perspective = doc.attributes['perspective'];
  const short = perspective ? perspectiveShortLabel(perspective, lang) : '';
  return `${position}. ${name}${short ? ` · ${short}` : ''}`;
}

/**
 * Labels that never overlap nor leave the chart, for 7 groups as for 70, in a chart `chartWidth` wide: slanted
 * while each group has room for one, else vertical, and then only every n-th label so neighbours keep 16 px
 * apart. The axis is as high as the longest label needs.
 */
export function groupAxis(labels: readonly string[], chartWidth: number): GroupAxis {
  const longest = Math.max(0, ...labels.map((l) => l.length)) * CHAR_WIDTH;
  const plot = (left: number) =>
    (chartWidth - left - Y_AXIS_WIDTH - RIGHT_MARGIN) / Math.max(1, labels.length);
  const slant = (20 * Math.PI) / 180;
  const slantedLeft = Math.max(SLANTED_LEFT, Math.ceil(longest * Math.cos(slant)) - Y_AXIS_WIDTH + 8);
  if (plot(slantedLeft) >= SLANTED_WIDTH) {
    const height = Math.ceil(longest * Math.sin(slant) + LINE_HEIGHT * Math.cos(slant)) + 12;
    return { angle: -20, interval: 0, height: Math.max(70, height), left: slantedLeft };
  }
  const every = Math.max(1, Math.ceil(VERTICAL_WIDTH / plot(VERTICAL_LEFT)));
  return { angle: -90, interval: every - 1, height: Math.ceil(longest) + 16, left: VERTICAL_LEFT };
}
