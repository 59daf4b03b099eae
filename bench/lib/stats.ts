/** Nearest-rank percentile (p in 0..100) of a list of numbers; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Intervals longer than 1.5 vsyncs: at least one frame was skipped. */
  dropped: number;
}

/** Summarises requestAnimationFrame intervals (ms). */
export function frameStats(intervals: readonly number[]): FrameStats {
  return {
    frames: intervals.length,
    p50: round(percentile(intervals, 50)),
    p95: round(percentile(intervals, 95)),
    max: round(intervals.length ? Math.max(...intervals) : Number.NaN),
    dropped: intervals.filter((d) => d > 25).length,
  };
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export const median = (values: readonly number[]) => percentile(values, 50);
