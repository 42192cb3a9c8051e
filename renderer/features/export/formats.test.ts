import { describe, expect, it } from 'vitest';
import { exportFileName } from './formats.ts';

const day = new Date(2026, 3, 1, 15, 30);

describe('exportFileName', () => {
  it.each([
    ['Wat is ieders normaal?', 'codeboek', 'qdc', 'Wat is ieders normaal - codeboek - 2026-04-01.qdc'],
    ['Ouders: ronde 1/2', 'project', 'qdpx', 'Ouders ronde 1 2 - project - 2026-04-01.qdpx'],
    ['  \t ', 'fragmenten', 'csv', 'Koor - fragmenten - 2026-04-01.csv'],
  ])('%s → a safe, dated name', (name, what, ext, expected) => {
    expect(exportFileName(name, what, ext, day)).toBe(expected);
  });
});
