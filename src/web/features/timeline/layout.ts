import type { TimelineRow } from './api/use-timeline-rows';

/** Pixel layout of the grid (CSS reads the same numbers through inline styles and `--tl-name-w`). */
export const NAME_W = 220;
/** The names column on a phone: a third of a 390 px screen, the rest for the days (names end in an ellipsis). */
export const NAME_W_NARROW = 120;
export const nameWidth = (narrow: boolean) => (narrow ? NAME_W_NARROW : NAME_W);
export const LANE_H = 30;
export const ROW_PAD = 6;
export const BAR_INSET = 2;
export const COLLAPSED_H = 36;
/**
 * The date header's rows: month names, the milestones' flags (their own lane: in the months' row they covered
 * the month's name, "December 2026" behind six flags), then days or weeks.
 */
export const MONTHS_H = 22;
export const FLAGS_H = 20;
export const TICKS_H = 24;
export const HEADER_H = MONTHS_H + FLAGS_H + TICKS_H;

/** Height of a row: its lanes plus one empty lane to drop or draw into; a folded row shows its header only. */
export function rowHeight(row: Pick<TimelineRow, 'laneCount'>, collapsed: boolean): number {
  return collapsed ? COLLAPSED_H : Math.max(COLLAPSED_H, (row.laneCount + 1) * LANE_H + 2 * ROW_PAD);
}

/** Lane under a y offset inside a row's track. */
export function laneAt(y: number): number {
  return Math.max(0, Math.floor((y - ROW_PAD) / LANE_H));
}

/** Lanes of a row to mount: all of them (`ALL_LANES`) or `[from, to]` when part of a tall row is off screen. */
export interface LaneSpan {
  from: number;
  to: number;
}
export const ALL_LANES: LaneSpan = { from: 0, to: Number.POSITIVE_INFINITY };

/**
 * The lanes of a row at `rowTop` (px in the body) that show between `viewTop` and `viewBottom`, widened by
 * `overscan` lanes and snapped outwards to multiples of `step` lanes, so a small scroll keeps the same span
 * (and the memoized row its props). A fully shown row gets `ALL_LANES` (the same object every time).
 */
export function visibleLanes(
  rowTop: number,
  laneCount: number,
  viewTop: number,
  viewBottom: number,
  overscan = 2,
  step = 4,
): LaneSpan {
  const first = Math.floor((viewTop - rowTop - ROW_PAD) / LANE_H) - overscan;
  const last = Math.floor((viewBottom - rowTop - ROW_PAD) / LANE_H) + overscan;
  const from = Math.max(0, Math.floor(first / step) * step);
  const to = (Math.floor(last / step) + 1) * step - 1;
  // The spare lane (drop / draw target) is lane `laneCount`: a span reaching it covers the whole row.
  if (from === 0 && to >= laneCount) return ALL_LANES;
  return { from, to };
}
