/**
 * Raw block records that a large block read (the Timeline's booked-day marks, which keep no blocks) set aside for
 * the days around today, so the Schedule's default week can be drawn from that read instead of a second request
 * for the same blocks. Only a few are kept (`cap`): a read with more near blocks keeps none (at 50,000 blocks in
 * view the Schedule reads its week itself and the Timeline keeps no heap for it).
 */
export interface NearBlocks {
  /** The instants the records cover, [from, to): every block overlapping them is among the records. */
  from: number;
  to: number;
  /** As the server sent them (unparsed): the reader parses what it uses. */
  records: unknown[];
}

export const NEAR_CAP = 2_000;

// Keyed by the read's result (a query's data): dropped from the cache, its near blocks go with it.
const kept = new WeakMap<object, NearBlocks>();

/** A block overlaps [from, to) as a range read counts it: it ends after `from`, or a zero-length one inside. */
export function overlaps(start: number, durationSecs: number | null | undefined, from: number, to: number) {
  return start < to && (start + (durationSecs ?? 0) * 1000 > from || start >= from);
}

/** The blocks of a list that a range read would return: those overlapping [from, to). */
export function blocksOverlapping<T extends { start: string; duration?: number | null }>(
  blocks: readonly T[],
  from: number,
  to: number,
): T[] {
  return blocks.filter((b) => overlaps(Date.parse(b.start), b.duration, from, to));
}

/** Collects, while a read streams, the records overlapping [from, to), for `attachNear`. */
export function nearBlockKeeper(from: number, to: number, cap = NEAR_CAP) {
  let records: unknown[] | null = from < to ? [] : null;
  return {
    /** `record` gives the block as the server sent it (asked for only when kept). */
    offer(block: { start: string; duration?: number | null }, record: () => unknown) {
      if (!records || !overlaps(Date.parse(block.start), block.duration, from, to)) return;
      if (records.length >= cap) records = null;
      else records.push(record());
    },
    /** What was kept: none if the read had more near blocks than `cap`, or no near days. */
    kept(): NearBlocks | undefined {
      return records ? { from, to, records } : undefined;
    },
  };
}

/** Hands a read's result the near blocks kept while it was read (`kept()`, in a worker or on the page). */
export function attachNear(result: object, near: NearBlocks | undefined): void {
  if (near) kept.set(result, near);
}

/** The near blocks a read's result carries, if it kept them. */
export function nearBlocksOf(result: unknown): NearBlocks | undefined {
  return typeof result === 'object' && result !== null ? kept.get(result) : undefined;
}
