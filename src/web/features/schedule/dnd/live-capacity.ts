import type { TimeBlockPatchItem } from '@/api/time-block';
import { applyPatches, bookedMinutes, movePatches, resizePatch, type Block } from '../schedule-model';

/** A drag as capacity sees it: which blocks, moved or resized by how many snapped minutes (and rows). */
export interface CapacityDrag {
  kind: 'block' | 'resize';
  minutes: number;
  rows: number;
}

/**
 * Booked minutes per `user|day` as they would be after the drag: `base` minus the moving blocks where they
 * are, plus where the drag puts them. Only the moving blocks are re-measured.
 */
export function liveBooked(
  base: ReadonlyMap<string, number>,
  moving: readonly Block[],
  drag: CapacityDrag | null,
  zone: string,
): (key: string) => number {
  if (!drag || (drag.minutes === 0 && drag.rows === 0) || moving.length === 0)
    return (key) => base.get(key) ?? 0;
  const patches: TimeBlockPatchItem[] =
    drag.kind === 'resize'
      ? moving.flatMap((b) => resizePatch(b, drag.minutes) ?? [])
      : movePatches(moving, drag.minutes + drag.rows * 1440, zone);
  const before = bookedMinutes(moving, zone);
  const after = bookedMinutes(
    applyPatches(moving, patches, () => undefined),
    zone,
  );
  return (key) => (base.get(key) ?? 0) - (before.get(key) ?? 0) + (after.get(key) ?? 0);
}
