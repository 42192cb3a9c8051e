import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Coding } from '../model.ts';
import {
  addCoding,
  editText,
  foldDuplicateCodings,
  readCodings,
  readText,
  readTurns,
  removeCoding,
  seedTranscript,
} from './transcriptDoc.ts';

const TEXT = 'GL: Wat is normaal?\nAnna: Dat hangt af van wie je het vraagt.';

function coding(id: string, start: number, end: number, coderId = 'c1'): Coding {
  return { id, documentId: 'd1', codeId: 'k1', coderId, start, end, createdAt: '2026-12-02T10:00:00Z' };
}

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  seedTranscript(doc, {
    text: TEXT,
    speakers: [
      { id: 's1', documentId: 'd1', label: 'Anna', name: 'Anna', role: 'participant', attributes: {} },
    ],
    turns: [{ id: 't1', documentId: 'd1', speakerId: 's1', start: 26, end: TEXT.length, time: 12 }],
    codings: [coding('x', 32, 40)],
  });
  return doc;
}

/** Two replicas that exchange every update, as two clients of one server do. */
function pair(): [Y.Doc, Y.Doc] {
  const a = seeded();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('a shared transcript', () => {
  it('reads back what was seeded', () => {
    const doc = seeded();
    expect(readText(doc)).toBe(TEXT);
    expect(readCodings(doc)).toEqual([coding('x', 32, 40)]);
    expect(readTurns(doc)).toEqual([
      { id: 't1', documentId: 'd1', speakerId: 's1', start: 26, end: TEXT.length, time: 12 },
    ]);
  });

  it('keeps both codings when two coders code the same words at once', () => {
    const [a, b] = pair();
    addCoding(a, coding('from-a', 32, 40, 'anna'));
    addCoding(b, coding('from-b', 32, 40, 'bram'));
    sync(a, b);
    expect(readCodings(a)).toEqual(readCodings(b));
    expect(readCodings(a).map((c) => c.id)).toEqual(['from-a', 'from-b', 'x']);
  });

  it('keeps a coding on its words while another client edits the text before and inside it', () => {
    const [a, b] = pair();
    const words = TEXT.slice(32, 40);
    editText(a, 0, 2, 'Gespreksleider'); // before the coding: shifts it
    addCoding(b, coding('new', 45, 52));
    sync(a, b);
    const [x] = readCodings(a).filter((c) => c.id === 'x');
    expect(readText(a).slice(x!.start, x!.end)).toBe(words);
    expect(readCodings(a)).toEqual(readCodings(b));
  });

  it('lets a removal and a concurrent edit converge', () => {
    const [a, b] = pair();
    removeCoding(a, 'x');
    editText(b, 33, 0, 'EXTRA ');
    sync(a, b);
    expect(readCodings(a)).toEqual([]);
    expect(readText(a)).toBe(readText(b));
  });

  it('moves every coding with the text under random concurrent edits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(TEXT.length), fc.nat(5), fc.string({ maxLength: 6 }), fc.boolean()), {
          maxLength: 12,
        }),
        (edits) => {
          const [a, b] = pair();
          for (const [at, length, insert, onA] of edits) {
            const doc = onA ? a : b;
            const size = readText(doc).length;
            const index = Math.min(at, size);
            editText(doc, index, Math.min(length, size - index), insert);
          }
          sync(a, b);
          const text = readText(a);
          expect(text).toBe(readText(b));
          expect(readCodings(a)).toEqual(readCodings(b));
          for (const c of readCodings(a)) {
            expect(0 <= c.start && c.start <= c.end && c.end <= text.length).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('one person coding the same words on two devices', () => {
  it('folds the two codings into one on both, keeping the smaller id and a memo', () => {
    const [laptop, desktop] = pair();
    // Offline from each other: the same coder codes the same words with the same code, once on each device.
    addCoding(laptop, { ...coding('m2', 10, 18), memo: 'normaal als maat' });
    addCoding(desktop, coding('m1', 10, 18));
    // A colleague's coding of the same words, and this coder's of other words, stay.
    addCoding(desktop, coding('other', 10, 18, 'c2'));
    addCoding(desktop, coding('m3', 11, 18));
    Y.applyUpdate(desktop, Y.encodeStateAsUpdate(laptop));
    Y.applyUpdate(laptop, Y.encodeStateAsUpdate(desktop));
    // Each folds what it received; they need not see each other's fold first.
    expect(foldDuplicateCodings(desktop, ['m2'])).toEqual(['m2']);
    expect(foldDuplicateCodings(laptop, ['m1', 'other', 'm3'])).toEqual(['m2']);
    Y.applyUpdate(desktop, Y.encodeStateAsUpdate(laptop));
    Y.applyUpdate(laptop, Y.encodeStateAsUpdate(desktop));
    for (const doc of [laptop, desktop]) {
      const ids = readCodings(doc).map((c) => c.id);
      expect(ids.sort()).toEqual(['m1', 'm3', 'other', 'x']);
      expect(readCodings(doc).find((c) => c.id === 'm1')!.memo).toBe('normaal als maat');
    }
  });
});
