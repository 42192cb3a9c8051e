/**
 * How far reading or writing a project file has come, for a progress bar: the step it is in and, within the
 * step, how much of it is done (sources read or written, of all sources).
 */
export type ExchangeProgress = {
  stage: ExchangeStage;
  done: number;
  total: number;
};

/**
 * Reading: unzip → parse (the XML) → sources → speakers (detection and the rest). Writing: load (from the
 * project's database) → sources (the XML, a source at a time) → zip.
 */
export type ExchangeStage = 'unzip' | 'parse' | 'sources' | 'speakers' | 'load' | 'zip';

/** Called as the work goes on; never required. */
export type OnExchangeProgress = (progress: ExchangeProgress) => void;
