import { describe, expect, it } from 'vitest';
import { CODE_PALETTE, contrast, paletteColor, rgb, SELECTION_BACKGROUND, tint } from './palette.ts';
import { interactionCodes, normaliserenTemplate } from './template.ts';

const WHITE = rgb('#FFFFFF');
const TEXT = rgb('#1F2328'); // the transcript's text colour (--text)
/** The coding view tints a highlight with the code's colour at 20 % (…33 in hex). */
const HIGHLIGHT_ALPHA = 0x33 / 255;

function saturation([r, g, b]: [number, number, number]): number {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  return max === 0 ? 0 : (max - min) / max;
}

describe('the code palette', () => {
  it.each(CODE_PALETTE)('%s is visible as a stripe beside the text (≥ 3:1 on white)', (color) => {
    expect(contrast(rgb(color), WHITE)).toBeGreaterThanOrEqual(3);
  });

  it.each(CODE_PALETTE)('%s keeps the text readable as a highlight (≥ 7:1)', (color) => {
    expect(contrast(TEXT, tint(color, HIGHLIGHT_ALPHA))).toBeGreaterThanOrEqual(7);
  });

  it.each(CODE_PALETTE)('%s is a colour, not a grey', (color) => {
    expect(saturation(rgb(color))).toBeGreaterThan(0.4);
  });

  it.each(CODE_PALETTE)('%s as a highlight does not look like a live selection', (color) => {
    const [r, g, b] = tint(color, HIGHLIGHT_ALPHA);
    const [sr, sg, sb] = rgb(SELECTION_BACKGROUND);
    expect(Math.hypot(r - sr, g - sg, b - sb)).toBeGreaterThan(200);
    expect(contrast(rgb('#FFFFFF'), rgb(SELECTION_BACKGROUND))).toBeGreaterThanOrEqual(7);
  });

  it('has no two colours that are hard to tell apart', () => {
    for (const [i, a] of CODE_PALETTE.entries()) {
      for (const b of CODE_PALETTE.slice(i + 1)) {
        const [x, y] = [rgb(a), rgb(b)];
        expect(Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]), `${a} ~ ${b}`).toBeGreaterThan(60);
      }
    }
  });

  it('cycles for any number of codes', () => {
    expect(paletteColor(0)).toBe(CODE_PALETTE[0]);
    expect(paletteColor(CODE_PALETTE.length + 2)).toBe(CODE_PALETTE[2]);
  });
});

describe('the colours of the built-in codebooks', () => {
  const codes = [...normaliserenTemplate('nl'), ...interactionCodes('nl')];

  it.each(codes.map((code) => [code.name, code.color] as const))(
    '%s (%s) is visible as a stripe (≥ 3:1 on white) and keeps text readable as a highlight (≥ 7:1)',
    (_name, color) => {
      expect(contrast(rgb(color), WHITE)).toBeGreaterThanOrEqual(3);
      expect(contrast(TEXT, tint(color, HIGHLIGHT_ALPHA))).toBeGreaterThanOrEqual(7);
    },
  );

  it('gives sibling codes, and the themes beside the interaction codes, colours that are easy to tell apart', () => {
    const themes = codes.filter(
      (code) => code.parentId === codes.find((c) => c.name === 'Visie: het goede gesprek')?.id,
    );
    const interaction = interactionCodes('nl').filter((code) => code.codable);
    const distance = (a: string, b: string) => {
      const [x, y] = [rgb(a), rgb(b)];
      return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
    };
    expect(themes).toHaveLength(5);
    for (const [i, a] of codes.entries()) {
      for (const b of codes.slice(i + 1)) {
        if (a.codable && b.parentId === a.parentId) {
          expect(distance(a.color, b.color), `${a.name} ~ ${b.name}`).toBeGreaterThan(60);
        }
      }
    }
    for (const a of themes) {
      for (const b of interaction)
        expect(distance(a.color, b.color), `${a.name} ~ ${b.name}`).toBeGreaterThan(40);
    }
  });
});
