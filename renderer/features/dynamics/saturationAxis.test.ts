import { describe, expect, it } from 'vitest';
import { groupAxis } from './saturationAxis.ts';

describe('groupAxis', () => {
  it('slants the labels of a few groups and shows every one', () => {
    expect(groupAxis(7, 1100)).toEqual({ angle: -20, interval: 0, height: 70 });
  });

  it.each([
    [70, 1100],
    [70, 600],
    [140, 1100],
    [20, 400],
  ])('keeps %i group labels in %i px from overlapping', (groups, width) => {
    const axis = groupAxis(groups, width);
    const spacing = (width / groups) * (axis.interval + 1);
    // A vertical label is one line of text high: 16 px between neighbours.
    expect(spacing).toBeGreaterThanOrEqual(axis.angle === -90 ? 16 : 110);
    // Not thinned more than needed: half the step would overlap.
    if (axis.interval > 0) expect((width / groups) * axis.interval).toBeLessThan(16);
  });

  it('shows every label when 70 vertical labels fit', () => {
    expect(groupAxis(70, 1400)).toMatchObject({ angle: -90, interval: 0 });
  });
});
