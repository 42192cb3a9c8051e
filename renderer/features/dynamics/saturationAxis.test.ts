import { describe, expect, it } from 'vitest';
import { groupAxis, groupAxisLabel, RIGHT_MARGIN, Y_AXIS_WIDTH } from './saturationAxis.ts';

/** `count` labels as the chart makes them for a study: "12. Focusgroep 12 · jeugdhulp". */
function labels(count: number, lang: 'nl' | 'en' = 'nl'): string[] {
  return Array.from({ length: count }, (_, i) =>
    groupAxisLabel(
      i + 1,
      { name: `Focusgroep ${i + 1}`, attributes: { perspective: 'jeugdgezondheidszorg (JGZ)' } },
      lang,
    ),
  );
}

describe('groupAxisLabel', () => {
  const group = (name: string, perspective = 'jeugdhulp (wijkteam / jeugdhulporganisatie)') => ({
    name,
    attributes: { perspective },
  });

  it('puts the group name first and the short perspective after it, in the user’s language', () => {
    // The long perspective first ("jeugdhulp (wijkteam / jeugdhulpo…") left no room for the group's name.
    expect(groupAxisLabel(12, group('Focusgroep 12'), 'nl')).toBe('12. Focusgroep 12 · jeugdhulp');
    expect(groupAxisLabel(12, group('Focusgroep 12'), 'en')).toBe('12. Focusgroep 12 · youth care');
    expect(groupAxisLabel(3, { name: 'Los', attributes: {} }, 'nl')).toBe('3. Los');
  });

  it('tells two groups of one perspective apart, also when their long names differ only at the end', () => {
    const a = groupAxisLabel(1, group('Focusgroep ouders regio Utrecht 2023 ronde 1'), 'nl');
    const b = groupAxisLabel(2, group('Focusgroep ouders regio Utrecht 2023 ronde 2'), 'nl');
    expect(a).toBe('1. Focusgroep… 2023 ronde 1 · jeugdhulp');
    expect(b.replace(/^2\./, '1.')).not.toBe(a);
  });

  it('keeps a perspective outside the default seven as it is', () => {
    expect(groupAxisLabel(1, group('Wijk Noord', 'huisartsen'), 'en')).toBe('1. Wijk Noord · huisartsen');
  });
});

describe('groupAxis', () => {
  it('slants the labels of a few groups, shows every one and gives the first room on the left', () => {
    const axis = groupAxis(labels(7), 1100);
    expect(axis).toMatchObject({ angle: -20, interval: 0 });
    const longest = Math.max(...labels(7).map((l) => l.length)) * 7.2;
    expect(axis.left + Y_AXIS_WIDTH).toBeGreaterThanOrEqual(longest * Math.cos((20 * Math.PI) / 180));
    expect(axis.height).toBeGreaterThanOrEqual(longest * Math.sin((20 * Math.PI) / 180));
  });

  it.each([
    [70, 1100],
    [70, 600],
    [140, 1100],
    [20, 400],
  ])('keeps %i group labels in a %i px chart from overlapping', (groups, width) => {
    const axis = groupAxis(labels(groups), width);
    const perGroup = (width - axis.left - Y_AXIS_WIDTH - RIGHT_MARGIN) / groups;
    const spacing = perGroup * (axis.interval + 1);
    // A vertical label is one line of text high: 16 px between neighbours.
    expect(spacing).toBeGreaterThanOrEqual(axis.angle === -90 ? 16 : 110);
    // Not thinned more than needed: half the step would overlap.
    if (axis.interval > 0) expect(perGroup * axis.interval).toBeLessThan(16);
  });

  it('labels every one of 70 groups in the chart of a 1400 px window, high enough for the longest label', () => {
    // The chart of the Verzadiging tab is 1313 px wide in a 1400 × 900 window.
    for (const lang of ['nl', 'en'] as const) {
      const axis = groupAxis(labels(70, lang), 1313);
      expect(axis).toMatchObject({ angle: -90, interval: 0 });
      const longest = Math.max(...labels(70, lang).map((l) => l.length));
      expect(axis.height).toBeGreaterThanOrEqual(longest * 7.2);
    }
  });
});
