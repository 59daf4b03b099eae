import type { OurRun } from '../browser/ours';
import type { PeerRun } from '../browser/peers';
import type { ScrollFigures } from '../browser/scroll-run';
import type { BenchResults } from './results';

/** Test data: a scroll measurement with the given p95. */
export function scroll(p95: number): ScrollFigures {
  return {
    frames: 120,
    p50: 16.7,
    p95,
    max: p95,
    dropped: 0,
    scrolledPx: 12_000,
    scroller: 'div',
    commits: 3,
    longTasks: { count: 0, totalMs: 0 },
    requests: [],
    fromMs: 0,
    toMs: 2000,
  };
}

/** Test data: one planner run. */
export function ourRun(o: {
  settled: number;
  first?: number;
  complete?: number;
  heap?: number;
  dom?: number;
  y?: number;
  x?: number;
  drop?: string[];
  dragP95?: number;
}): OurRun {
  return {
    load: {
      settledMs: o.settled,
      firstItemMs: o.first ?? o.settled / 4,
      completeMs: o.complete ?? o.settled,
      readsDoneMs: o.settled - 100,
      commits: 10,
      longTasks: { count: 1, totalMs: 60, maxMs: 60 },
      requests: [],
      attributes: [],
    },
    dom: { afterLoad: o.dom ?? 1000, max: o.dom ?? 1000, items: 100, inChart: 900 },
    heapMiB: o.heap ?? 50,
    scrollY: scroll(o.y ?? 16.7),
    scrollX: scroll(o.x ?? 16.7),
    labels: { checked: 10, misplaced: 4, examples: [] },
    drag: {
      ...scroll(o.dragP95 ?? 16.7),
      commitsDuringMove: 60,
      commitsWithDrop: 70,
      moved: true,
      dropRequests: o.drop ?? ['PATCH /x'],
    },
  };
}

/** Test data: one peer run. */
export function peerRun(settled: number, heap: number, y = 33.4): PeerRun {
  return {
    load: {
      settledMs: settled,
      firstItemMs: null,
      completeMs: null,
      readsDoneMs: 100,
      commits: 0,
      longTasks: { count: 0, totalMs: 0, maxMs: 0 },
      requests: [],
      attributes: [],
    },
    domElements: 900,
    heapMiB: heap,
    scrollY: scroll(y),
    scrollX: scroll(16.7),
  };
}

/** Test data: an empty results object. */
export function results(): BenchResults {
  return {
    mode: 'full',
    startedAt: '2026-12-01T10:00:00.000Z',
    durationSec: 1800,
    partSeconds: {},
    options: { parts: [], sizes: [], runs: 3, quick: false },
    loadAverage: { before: [1, 1, 1], after: [1, 1, 1] },
    machine: {
      nproc: 2,
      memoryGiB: 8,
      cpu: 'cpu',
      os: 'os',
      node: 'v20',
      chromium: '1',
      planner: '0.1.0',
      packages: {},
      gitCommit: 'abc',
    },
    method: { viewport: { width: 1600, height: 1000 }, scroll: { pxPerFrame: 100, ms: 2000 }, quietMs: 1000 },
    datasets: [],
  };
}
