import { describe, expect, it } from 'vitest';
import { needsExportReminder } from './reminder.ts';

const now = new Date('2026-04-10T12:00:00.000Z');

describe('needsExportReminder', () => {
  it.each([
    ['exported yesterday', '2026-04-09T12:00:00.000Z', '2026-01-01T00:00:00.000Z', false],
    ['exported 8 days ago', '2026-04-02T11:00:00.000Z', '2026-01-01T00:00:00.000Z', true],
    ['never exported, created today', null, '2026-04-10T08:00:00.000Z', false],
    ['never exported, created 10 days ago', null, '2026-03-31T08:00:00.000Z', true],
    ['unreadable date', 'gisteren', '2026-04-10T08:00:00.000Z', true],
  ] as const)('%s', (_, lastExport, createdAt, expected) => {
    expect(needsExportReminder(lastExport, createdAt, now)).toBe(expected);
  });
});
