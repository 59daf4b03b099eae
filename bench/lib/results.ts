import type { BundleResult } from '../bundle';
import type { OurRun, View } from '../browser/ours';
import type { PeerRun } from '../browser/peers';
import type { Peer } from './peer-names';
import type { SessionResult } from '../browser/session';
import type { TraceSummary } from '../browser/trace';
import type { ServerResults } from '../server/index';
import type { DatasetSpec } from './datasets';
import type { MachineInfo } from './machine';
import type { OurSummary, PeerSummary } from './summary';

export interface ViewResult {
  dataset: string;
  view: View;
  runs: OurRun[];
  /** Medians over the runs that completed. */
  summary?: OurSummary;
  /** Runs that failed, with why. */
  errors: string[];
}

export interface PeerResult {
  dataset: string;
  peer: Peer;
  runs: PeerRun[];
  summary?: PeerSummary;
  errors: string[];
}

/** Everything one run measured; written as JSON and rendered to BENCHMARKS.md. */
export interface BenchResults {
  /** 'full': every part, sizes and runs of issue 15 (the only kind that writes BENCHMARKS.md). */
  mode: 'full' | 'partial';
  startedAt: string;
  durationSec: number;
  /** Seconds per part, in the order they ran. */
  partSeconds: Record<string, number>;
  options: { parts: string[]; sizes: number[]; runs: number; quick: boolean };
  /** 1/5/15-minute load averages before and after: other work on the machine skews every timing. */
  loadAverage: { before: number[]; after: number[] };
  machine: MachineInfo;
  method: {
    viewport: { width: number; height: number };
    scroll: { pxPerFrame: number; ms: number };
    quietMs: number;
  };
  datasets: (DatasetSpec & { kind: 'timeline' | 'schedule'; seed: string })[];
  timeline?: ViewResult[];
  schedule?: ViewResult[];
  peers?: PeerResult[];
  traces?: TraceSummary[];
  traceErrors?: string[];
  server?: ServerResults;
  serverError?: string;
  bundle?: BundleResult;
  session?: SessionResult;
  sessionError?: string;
}
