import type { ExchangeProgress, ExchangeStage } from '../../../shared/exchange/progress.ts';

/** Where each step starts and ends on the progress bar (0–100), reading and writing a project file. */
const SPANS: Record<ExchangeStage, [number, number]> = {
  unzip: [0, 10],
  parse: [10, 20],
  sources: [20, 90],
  speakers: [90, 100],
  load: [0, 20],
  zip: [90, 100],
};

/** How far the whole job is, in percent (a whole number), from the step it is in and how far that step is. */
export function progressPercent(progress: ExchangeProgress): number {
  const [from, to] = SPANS[progress.stage];
  const within = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 0;
  return Math.floor(from + (to - from) * within);
}

/** The message key and values that say what the job is doing now ("12 van 70 bronnen"). */
export function progressMessage(progress: ExchangeProgress): {
  key: `export.stage.${ExchangeStage}`;
  params: { done: number; total: number };
} {
  return {
    key: `export.stage.${progress.stage}`,
    params: { done: Math.min(progress.done + 1, progress.total), total: progress.total },
  };
}
