import type { TimelineRow } from './api/use-timeline-rows';

/** Pixel layout of the grid (CSS reads the same numbers through inline styles). */
export const NAME_W = 220;
export const LANE_H = 30;
export const ROW_PAD = 6;
export const BAR_INSET = 2;
export const COLLAPSED_H = 36;
export const HEADER_H = 48;

/** Height of a row: its lanes plus one empty lane to drop or draw into; a folded row shows its header only. */
export function rowHeight(row: Pick<TimelineRow, 'laneCount'>, collapsed: boolean): number {
  return collapsed ? COLLAPSED_H : Math.max(COLLAPSED_H, (row.laneCount + 1) * LANE_H + 2 * ROW_PAD);
}

/** Lane under a y offset inside a row's track. */
export function laneAt(y: number): number {
  return Math.max(0, Math.floor((y - ROW_PAD) / LANE_H));
}
