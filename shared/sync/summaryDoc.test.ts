import { describe, expect, it } from 'vitest';
import type { Citation } from '../model.ts';
import { mergeSummaryDraft, mergeText } from './summaryDoc.ts';

const cite = (id: string, codingId: string): Citation => ({
  id,
  codingId,
  documentId: 'd1',
  start: 0,
  end: 4,
});
const A = cite('0a8f6a52-52c6-4e61-9a4f-3f5b1f6c0001', 'k1');
const B = cite('0a8f6a52-52c6-4e61-9a4f-3f5b1f6c0002', 'k2');
const C = cite('0a8f6a52-52c6-4e61-9a4f-3f5b1f6c0003', 'k3');

describe('merging a save with a colleague’s change made meanwhile', () => {
  it('applies this person’s change to the colleague’s text instead of putting the old text back', () => {
    // Bram added a sentence at the end while Anna corrected the start.
    expect(mergeText('Steun is weg.', 'Steun is er niet.', 'Steun is weg. Ouders twijfelen.')).toBe(
      'Steun is er niet. Ouders twijfelen.',
    );
    expect(mergeText('Steun', 'Steun', 'Steun van ouders')).toBe('Steun van ouders');
    expect(mergeText('Steun', 'Steun nu', 'Steun')).toBe('Steun nu');
  });

  it('keeps both insertions when both wrote at the same place', () => {
    expect(['Steun. Anna. Bram.', 'Steun. Bram. Anna.']).toContain(
      mergeText('Steun.', 'Steun. Anna.', 'Steun. Bram.'),
    );
  });

  it('keeps a colleague’s citation and this person’s, numbering the markers from the merged list', () => {
    const base = { text: 'Steun [1].', citations: [A] };
    const local = { text: 'Steun [1]. Ook [2].', citations: [A, B] };
    const remote = { text: 'Veel steun [1] [2].', citations: [A, C] };
    expect(mergeSummaryDraft(base, local, remote)).toEqual({
      text: 'Veel steun [1] [2]. Ook [3].',
      citations: [A, C, B],
    });
  });

  it('removes a citation this person removed, with its marker, and keeps the colleague’s text', () => {
    const base = { text: 'Steun [1] en twijfel [2].', citations: [A, B] };
    const local = { text: 'Steun en twijfel [1].', citations: [B] };
    const remote = { text: 'Steun [1] en twijfel [2]. Nieuw.', citations: [A, B] };
    expect(mergeSummaryDraft(base, local, remote)).toEqual({
      text: 'Steun en twijfel [1]. Nieuw.',
      citations: [B],
    });
  });

  it('cites a coding once when both cited it', () => {
    const other = cite('0a8f6a52-52c6-4e61-9a4f-3f5b1f6c0004', 'k2');
    const merged = mergeSummaryDraft(
      { text: 'Steun', citations: [] },
      { text: 'Steun [1]', citations: [other] },
      { text: 'Steun [1]', citations: [B] },
    );
    expect(merged.citations).toEqual([B]);
    expect(merged.text).toBe('Steun [1]');
  });
});
