import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SELECTION_BACKGROUND } from '../../../../shared/codebook/palette.ts';

describe('the transcript’s live selection', () => {
  it('is drawn in the dark colour the palette keeps clear of, not as a light highlight', () => {
    const css = readFileSync(new URL('../../../styles/coding.css', import.meta.url), 'utf8');
    const rule = /\.turn-text::selection[^{]*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule.toLowerCase()).toContain(`background: ${SELECTION_BACKGROUND.toLowerCase()}`);
  });
});
