/** One benchmark case: measured by `npm run bench`, reported against its target, never asserted. */
export type BenchCase = {
  name: string;
  unit: string;
  /** The figure the issue asks for, in `unit`. */
  target: number;
  better: 'lower' | 'higher';
  /** What the ratio compares with ("mammoth.extractRawText alone", "plain in-memory arrays", …). */
  reference?: string;
  /** How many measured runs; the median is reported (or the 95th percentile, see `statistic`). */
  runs?: number;
  /** Which figure of the runs is reported: the median (default) or the 95th percentile, for "always" targets. */
  statistic?: 'median' | 'p95';
  /** Work done once before the runs (generating a corpus, launching a browser …). */
  setup?: () => Promise<void>;
  /** One measured run: the value in `unit`, and the same measure for the reference when there is one. */
  run: () => Promise<{ value: number; reference?: number; cpu?: number }>;
  teardown?: () => Promise<void>;
};

export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  target: number;
  better: 'lower' | 'higher';
  ok: boolean;
  reference?: string;
  referenceValue?: number;
  ratio?: number;
  /** The median of the same measure taken with this process's CPU time, when the case reports it. */
  cpu?: number;
  statistic: 'median' | 'p95';
  runs: number;
};

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile `p` (0–100) of a non-empty list. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs one case and summarises it. */
export async function measure(bench: BenchCase): Promise<BenchResult> {
  await bench.setup?.();
  try {
    const values: number[] = [];
    const references: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < (bench.runs ?? 5); i++) {
      const { value, reference, cpu } = await bench.run();
      values.push(value);
      if (cpu !== undefined) cpus.push(cpu);
      if (reference !== undefined) references.push(reference);
    }
    // KOOR_BENCH_VERBOSE=1 shows every run, to tell a steady figure from one spoiled by a few outliers.
    if (process.env.KOOR_BENCH_VERBOSE) {
      process.stderr.write(`  runs: ${values.map((v) => v.toFixed(1)).join(' ')}\n`);
    }
    const statistic = bench.statistic ?? 'median';
    const value = statistic === 'p95' ? percentile(values, 95) : median(values);
    const referenceValue = references.length ? median(references) : undefined;
    const ok = bench.better === 'lower' ? value <= bench.target : value >= bench.target;
    const result: BenchResult = {
      name: bench.name,
      value,
      unit: bench.unit,
      target: bench.target,
      better: bench.better,
      ok,
      statistic,
      runs: values.length,
    };
    if (bench.reference !== undefined) result.reference = bench.reference;
    if (cpus.length) result.cpu = statistic === 'p95' ? percentile(cpus, 95) : median(cpus);
    if (referenceValue !== undefined) {
      result.referenceValue = referenceValue;
      result.ratio = referenceValue === 0 ? undefined : value / referenceValue;
    }
    return result;
  } finally {
    await bench.teardown?.();
  }
}

/** Wall-clock and process CPU milliseconds of `work` (CPU time is what load from other processes does not inflate). */
export async function timeAndCpu(work: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}
