/**
 * Colours for new codes and for codes that arrive without one. Each is dark enough for a stripe beside the
 * text (at least 3:1 against white, WCAG's contrast for non-text marks), none is grey, and none looks like a live
 * text selection (which the transcript shows dark); tinted as a highlight, the transcript's text stays easily readable on it.
 */
export const CODE_PALETTE = [
  '#1F5FA8',
  '#D97706',
  '#4D7C0F',
  '#DB2777',
  '#6D28D9',
  '#B91C1C',
  '#047857',
  '#8C564B',
  '#86198F',
  '#7C2D12',
] as const;

/** The background of a live text selection in the transcript (renderer/styles/coding.css), far from any tint. */
export const SELECTION_BACKGROUND = '#1F2328';

/** The palette colour for the n-th code. */
export function paletteColor(n: number): string {
  return CODE_PALETTE[((n % CODE_PALETTE.length) + CODE_PALETTE.length) % CODE_PALETTE.length]!;
}

type Rgb = [number, number, number];

/** #RRGGBB as 0–255 channels. */
export function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A colour laid over white with the given opacity, as the coding view tints a highlight. */
export function tint(hex: string, alpha: number): Rgb {
  return rgb(hex).map((c) => Math.round(255 + (c - 255) * alpha)) as Rgb;
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
