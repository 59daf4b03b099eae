import type { OurRun } from '../browser/ours';
import type { PeerRun } from '../browser/peers';
import type { ScrollFigures } from '../browser/scroll-run';
import { median, round } from './stats';

export interface ScrollSummary {
  p50: number;
  p95: number;
  max: number;
  dropped: number;
  commits: number;
  longTaskMs: number;
  /** Main-thread busy time during the 2 s run (all tasks / script), ms; absent in older results. */
  busyMs?: number;
  scriptMs?: number;
}

/** Medians over the fresh-browser runs of one planner view on one dataset. */
export interface OurSummary {
  runs: number;
  settledMs: number;
  firstItemMs: number;
  completeMs: number;
  readsDoneMs: number;
  heapMiB: number;
  domAfterLoad: number;
  /** The largest DOM seen in any run (load, scrolls, drag). */
  domMax: number;
  loadRequests: number;
  loadCommits: number;
  loadLongTaskMs: number;
  scrollY: ScrollSummary;
  scrollX: ScrollSummary;
  dragP95: number | null;
  dragCommits: number | null;
  /** The requests of the drop that caused the most (one per drop is the target). */
  dropRequests: string[] | null;
  /** Row labels checked after vertical scrolls, and how many were not at their row's top (all runs). */
  labels?: { checked: number; misplaced: number };
}

export interface PeerSummary {
  runs: number;
  settledMs: number;
  heapMiB: number;
  domElements: number;
  scrollY: ScrollSummary;
  scrollX: ScrollSummary;
}

const med = <T>(runs: readonly T[], f: (r: T) => number) => round(median(runs.map(f)));

function scrollSummary<T>(runs: readonly T[], pick: (r: T) => ScrollFigures): ScrollSummary {
  return {
    p50: med(runs, (r) => pick(r).p50),
    p95: med(runs, (r) => pick(r).p95),
    max: med(runs, (r) => pick(r).max),
    dropped: med(runs, (r) => pick(r).dropped),
    commits: med(runs, (r) => pick(r).commits),
    longTaskMs: med(runs, (r) => pick(r).longTasks.totalMs),
    ...(runs.every((r) => pick(r).busy)
      ? {
          busyMs: med(runs, (r) => pick(r).busy!.taskMs),
          scriptMs: med(runs, (r) => pick(r).busy!.scriptMs),
        }
      : {}),
  };
}

/** Each figure is the median of that figure over the runs (not one "median run"). */
export function summarizeOurs(runs: readonly OurRun[]): OurSummary {
  const drags = runs.flatMap((r) => (r.drag ? [r.drag] : []));
  const worstDrop = drags.reduce<string[] | null>(
    (w, d) => (w === null || d.dropRequests.length > w.length ? d.dropRequests : w),
    null,
  );
  const labelled = runs.flatMap((r) => (r.labels ? [r.labels] : []));
  return {
    runs: runs.length,
    settledMs: med(runs, (r) => r.load.settledMs),
    firstItemMs: med(runs, (r) => r.load.firstItemMs ?? Number.NaN),
    completeMs: med(runs, (r) => r.load.completeMs ?? Number.NaN),
    readsDoneMs: med(runs, (r) => r.load.readsDoneMs),
    heapMiB: med(runs, (r) => r.heapMiB),
    domAfterLoad: med(runs, (r) => r.dom.afterLoad),
    domMax: Math.max(...runs.map((r) => r.dom.max)),
    loadRequests: med(runs, (r) => r.load.requests.length),
    loadCommits: med(runs, (r) => r.load.commits),
    loadLongTaskMs: med(runs, (r) => r.load.longTasks.totalMs),
    scrollY: scrollSummary(runs, (r) => r.scrollY),
    scrollX: scrollSummary(runs, (r) => r.scrollX),
    dragP95: drags.length ? med(drags, (d) => d.p95) : null,
    dragCommits: drags.length ? med(drags, (d) => d.commitsDuringMove) : null,
    dropRequests: worstDrop,
    labels: labelled.length
      ? {
          checked: labelled.reduce((a, l) => a + l.checked, 0),
          misplaced: labelled.reduce((a, l) => a + l.misplaced, 0),
        }
      : undefined,
  };
}

export function summarizePeer(runs: readonly PeerRun[]): PeerSummary {
  return {
    runs: runs.length,
    settledMs: med(runs, (r) => r.load.settledMs),
    heapMiB: med(runs, (r) => r.heapMiB),
    domElements: med(runs, (r) => r.domElements),
    scrollY: scrollSummary(runs, (r) => r.scrollY),
    scrollX: scrollSummary(runs, (r) => r.scrollX),
  };
}
