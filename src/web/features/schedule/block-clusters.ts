import type { Placed } from './visible-range';

/** What a row draws: one block as today, or one element for a run of blocks too crowded to draw one by one. */
export type Drawn<T> =
  { kind: 'block'; placed: Placed<T> } | { kind: 'cluster'; items: Placed<T>[]; left: number; width: number };

export interface ClusterOptions<T> {
  /** Track pixels a block needs on average to be drawn on its own (seen, hit, told apart). */
  minPx: number;
  /**
   * Blocks chain into one run when they overlap by at least this many pixels: blocks that only touch are each
   * drawn (their edges show), stacked ones hide each other.
   */
  overlapPx: number;
  /**
   * Fewest blocks a cluster holds: a double booking stays two blocks, each grabbable to move it apart.
   */
  minCount: number;
  /** Width of a day on the track: a run never crosses a day's start (a cluster belongs to one day). */
  dayPx: number;
  /** Items always drawn on their own and never part of a cluster (dragged, selected, focused). */
  keep: (item: T) => boolean;
}

/**
 * Groups a row's placed blocks for drawing. Blocks chain into a run while each starts `overlapPx` or more
 * before the run's right edge (they overlap) within one day; a run of `minCount` or more blocks with less than
 * `minPx` of track per block on average (stacked, or overlapping slivers) becomes one cluster, every other
 * block is drawn on its own. So adjacent blocks and a double booking stay apart (the conflict shows and each
 * can be dragged away), and a day of stacked slivers becomes one element. Output is in input order (a cluster
 * where its earliest block was), kept items included; the input is not changed.
 */
export function clusterBlocks<T>(placed: readonly Placed<T>[], opts: ClusterOptions<T>): Drawn<T>[] {
  // Each drawn thing keeps the input position of its first block: the draw order (what is on top) is unchanged.
  const out: { at: number; drawn: Drawn<T> }[] = [];
  const order = new Map<Placed<T>, number>();
  const free: Placed<T>[] = [];
  placed.forEach((p, i) => {
    order.set(p, i);
    if (opts.keep(p.item)) out.push({ at: i, drawn: { kind: 'block', placed: p } });
    else free.push(p);
  });
  free.sort((a, b) => a.left - b.left);
  const dayOf = (p: Placed<T>) => (opts.dayPx > 0 ? Math.floor(p.left / opts.dayPx) : 0);
  let run: Placed<T>[] = [];
  let right = -Infinity;
  const flush = () => {
    if (run.length === 0) return;
    const left = run[0].left;
    if (run.length >= opts.minCount && (right - left) / run.length < opts.minPx) {
      const at = Math.min(...run.map((p) => order.get(p) ?? 0));
      out.push({ at, drawn: { kind: 'cluster', items: run, left, width: right - left } });
    } else {
      for (const p of run) out.push({ at: order.get(p) ?? 0, drawn: { kind: 'block', placed: p } });
    }
    run = [];
    right = -Infinity;
  };
  for (const p of free) {
    if (run.length > 0 && (p.left > right - opts.overlapPx || dayOf(p) !== dayOf(run[0]))) flush();
    run.push(p);
    right = Math.max(right, p.left + p.width);
  }
  flush();
  return out.sort((a, b) => a.at - b.at).map((o) => o.drawn);
}

/** The instants a cluster's blocks cover: the earliest start and the latest end (ms). */
export function clusterSpan(
  blocks: readonly { start: string; duration?: number | null }[],
): [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (const b of blocks) {
    const start = Date.parse(b.start);
    from = Math.min(from, start);
    to = Math.max(to, start + (b.duration ?? 0) * 1000);
  }
  return [from, to];
}

/** A block's share of its row's height: lane `lane` of `of` (of > 1 only where blocks overlap). */
export interface Stack {
  lane: number;
  of: number;
}

/**
 * Overlapping blocks drawn one by one (a double booking) share the row's height, as a calendar puts them side
 * by side: each run of overlapping blocks gets lanes (the first free one, in order of start), and every block
 * of the run is drawn in its lane, as high as the row allows for that many. Drawn the same size at the same
 * place, the shorter one was wholly hidden under the other: no pointer or finger could reach it. Blocks that
 * overlap nothing are not in the result.
 */
export function stackOverlaps<T>(placed: readonly Placed<T>[], minOverlapPx = 1): Map<T, Stack> {
  const out = new Map<T, Stack>();
  const sorted = [...placed].sort((a, b) => a.left - b.left || b.width - a.width);
  let run: { p: Placed<T>; lane: number }[] = [];
  let laneEnds: number[] = [];
  let right = -Infinity;
  const flush = () => {
    if (run.length > 1) for (const r of run) out.set(r.p.item, { lane: r.lane, of: laneEnds.length });
    run = [];
    laneEnds = [];
    right = -Infinity;
  };
  for (const p of sorted) {
    if (p.left > right - minOverlapPx) flush();
    let lane = laneEnds.findIndex((end) => end <= p.left + minOverlapPx);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = p.left + p.width;
    run.push({ p, lane });
    right = Math.max(right, p.left + p.width);
  }
  flush();
  return out;
}
