import { describe, expect, it } from 'vitest';
import { packedBuffers, packRecords, unpackRecords } from './packedRecords.ts';

describe('packed records', () => {
  it('unpacks, after a message, records equal to those packed, with their fields in the same order', () => {
    const records: object[] = [
      { id: 'c1', documentId: 'd1', codeId: 'k1', start: 0, end: 5, coderId: 'u1', createdAt: '2024-05-01' },
      {
        id: 'c2',
        documentId: 'd1',
        codeId: 'k2',
        start: -0,
        end: 1e21,
        coderId: 'u1',
        createdAt: '2024-05-01',
      },
      {
        id: 'c3',
        documentId: 'd2',
        codeId: 'k1',
        start: 3,
        end: 4,
        coderId: 'u2',
        createdAt: '',
        memo: '😀 \ud800',
      },
      { speakerId: null, time: undefined, id: 't1', endTime: NaN, on: true, off: false },
      { id: 't2', speakerId: 's1', time: Infinity },
      { attributes: { a: 'x' }, list: [1, 2], id: 'd' },
      {},
    ];
    const packed = packRecords(records);
    const sent = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(packed.tags.byteLength).toBe(0);
    const back = unpackRecords(sent);
    expect(back).toEqual(records);
    expect(back.map((r) => Object.keys(r))).toEqual(records.map((r) => Object.keys(r)));
    expect(Object.is(back[1]!.start, -0)).toBe(true);
    expect('time' in back[3]!).toBe(true);
    // Repeated strings are sent once.
    expect(sent.strings.filter((s) => s === 'd1')).toHaveLength(1);
    expect(unpackRecords(packRecords([]))).toEqual([]);
  });

  it('keeps every value of a field with many distinct strings, and sends repeated ones once', () => {
    const records = Array.from({ length: 3_000 }, (_, i) => ({ id: `c${i}`, documentId: `d${i % 7}`, n: i }));
    const packed = packRecords(records);
    expect(unpackRecords(structuredClone(packed))).toEqual(records);
    expect(packed.strings.filter((s) => s === 'd3')).toHaveLength(1);
  });
});
