/** How long the browser version waits before reminding the user to export a backup. */
export const REMINDER_DAYS = 7;

/**
 * Whether to remind the user to export: the project has not been exported (or, never exported, has existed)
 * for more than REMINDER_DAYS days.
 */
export function needsExportReminder(lastExport: string | null, createdAt: string, now = new Date()): boolean {
  const since = Date.parse(lastExport ?? createdAt);
  if (Number.isNaN(since)) return true;
  return now.getTime() - since > REMINDER_DAYS * 24 * 60 * 60 * 1000;
}
