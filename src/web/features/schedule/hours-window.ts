/**
 * The hours a Schedule day shows. Every day of the axis shows the same wall-clock window (e.g. 07:00-20:00);
 * the hidden night is cut out, so the windowed axis is `dayCount * length` minutes long. Positions are
 * minutes along that axis; "axis minutes" are the continuous wall-clock minutes of time-geometry.ts.
 */
import { axisMinutes, type Span } from './time-geometry';

export interface HoursWindow {
  /** Wall-clock minutes of the day, whole hours, 0 <= startMin < endMin <= 1440. */
  startMin: number;
  endMin: number;
}

export const WORKING_HOURS: HoursWindow = { startMin: 7 * 60, endMin: 20 * 60 };
export const FULL_DAY: HoursWindow = { startMin: 0, endMin: 1440 };

export const windowLength = (w: HoursWindow) => w.endMin - w.startMin;

/**
 * Axis minutes to windowed minutes. Hidden hours collapse onto the nearest edge of their day's window,
 * so a time before the window sits at the day's left edge and one after it at the right edge.
 */
export function toWindowed(axisMin: number, w: HoursWindow): number {
  const day = Math.floor(axisMin / 1440);
  const ofDay = Math.min(w.endMin, Math.max(w.startMin, axisMin - day * 1440));
  return day * windowLength(w) + ofDay - w.startMin;
}

/** Windowed minutes to axis minutes (inverse of toWindowed inside the window; the right edge is the end). */
export function fromWindowed(pos: number, w: HoursWindow): number {
  const len = windowLength(w);
  const day = Math.floor(pos / len);
  return day * 1440 + w.startMin + (pos - day * len);
}

/** Whether axis minutes fall inside a day's window (e.g. where the now line may be drawn). */
export function inWindow(axisMin: number, w: HoursWindow): boolean {
  const ofDay = axisMin - Math.floor(axisMin / 1440) * 1440;
  return ofDay >= w.startMin && ofDay <= w.endMin;
}

/**
 * The window that shows `base` and every part of the blocks that falls on the `dayCount` days from
 * `firstDay` (wall clock in the zone), widened to whole hours, so no block is ever hidden.
 */
export function visibleHours(
  blocks: readonly { start: string; duration?: number | null }[],
  firstDay: string,
  dayCount: number,
  zone: string,
  base: HoursWindow = WORKING_HOURS,
): HoursWindow {
  let { startMin, endMin } = base;
  const axisEnd = dayCount * 1440;
  for (const b of blocks) {
    const startAt = Date.parse(b.start);
    const from = Math.max(0, axisMinutes(startAt, firstDay, zone));
    const to = Math.min(axisEnd, axisMinutes(startAt + (b.duration ?? 0) * 1000, firstDay, zone));
    if (to <= 0 || from >= axisEnd) continue;
    // Per day the block touches: the part of it on that day, in minutes of the day.
    for (let day = Math.floor(from / 1440); day * 1440 < Math.max(to, from + 1); day++) {
      const a = Math.max(from, day * 1440) - day * 1440;
      const z = Math.min(Math.max(to, from), (day + 1) * 1440) - day * 1440;
      startMin = Math.min(startMin, Math.floor(a / 60) * 60);
      endMin = Math.max(endMin, Math.ceil(z / 60) * 60);
    }
  }
  return { startMin, endMin };
}

export type Zoom = 'fit' | 'wide' | 'wider';
export const ZOOMS: readonly Zoom[] = ['fit', 'wide', 'wider'];

/**
 * Pixels per hour. "fit" fills the available width: the whole work week on a laptop (1024 px leave about 9 px
 * an hour for 5 x 13 hours), never under a floor below which blocks are slivers (6 px an hour for several days;
 * 60 for one day, where a one-hour block still shows its name); "wide" and "wider" are for detail.
 */
export function hourWidth(zoom: Zoom, dayCount: number, windowHours: number, availablePx: number): number {
  const multi = dayCount > 1;
  if (zoom === 'wide') return multi ? 40 : 120;
  if (zoom === 'wider') return multi ? 80 : 200;
  const min = multi ? 6 : 60;
  return Math.max(min, Math.floor(availablePx / (windowHours * dayCount)));
}

/**
 * The zoom to open a cluster of blocks with: the first that draws an hour wider than `zoom` does (on a wide
 * screen "fit" may already be wider than "wide"); null when none does.
 */
export function closerZoom(
  zoom: Zoom,
  dayCount: number,
  windowHours: number,
  availablePx: number,
): Zoom | null {
  const now = hourWidth(zoom, dayCount, windowHours, availablePx);
  return ZOOMS.find((z) => hourWidth(z, dayCount, windowHours, availablePx) > now) ?? null;
}

/**
 * Horizontal placement of a block on the windowed axis of `dayCount` days from `firstDay`, clipped to the
 * axis; each end is placed by its own wall time (DST days keep 09:00 under 09:00).
 */
export function windowedSpan(
  startIso: string,
  durationSec: number,
  firstDay: string,
  dayCount: number,
  w: HoursWindow,
  pxPerMinute: number,
  zone: string,
): Span | null {
  const start = Date.parse(startIso);
  const axisEnd = dayCount * 1440;
  const from = axisMinutes(start, firstDay, zone);
  // A block inside the repeated hour of a fall-back change keeps a minimal width.
  const to = Math.max(axisMinutes(start + durationSec * 1000, firstDay, zone), from + durationSec / 60 / 4);
  if (to <= 0 || from >= axisEnd) return null;
  const left = toWindowed(Math.max(0, from), w);
  const right = toWindowed(Math.min(axisEnd, to), w);
  return { left: left * pxPerMinute, width: Math.max(4, (right - left) * pxPerMinute) };
}
