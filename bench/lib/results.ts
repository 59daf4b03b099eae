import type { BundleResult } from '../bundle';
import type { OurFigures, View } from '../browser/ours';
import type { Peer, RenderFigures } from '../browser/peers';
import type { SessionResult } from '../browser/session';
import type { ServerResults } from '../server/index';
import type { DatasetSpec } from './datasets';
import type { MachineInfo } from './machine';

/** Everything one run measured; written as JSON and rendered to BENCHMARKS.md. */
export interface BenchResults {
  mode: 'full' | 'quick';
  startedAt: string;
  durationSec: number;
  /** 1/5/15-minute load averages before and after: other work on the machine skews frame times. */
  loadAverage: { before: number[]; after: number[] };
  machine: MachineInfo;
  datasets: DatasetSpec[];
  server?: ServerResults;
  serverError?: string;
  bundle?: BundleResult;
  peers?: { dataset: string; peer: Peer; figures?: RenderFigures; error?: string }[];
  ours?: { dataset: string; view: View; figures?: OurFigures; error?: string }[];
  session?: SessionResult;
  sessionError?: string;
}
