import { revealInGrid } from './focus-entry';

/** A bar's box on screen (viewport px). */
export interface BarBox {
  left: number;
  top: number;
  width: number;
}

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export const isArrow = (key: string): key is ArrowKey =>
  key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown';

// Bars of one lane share their top; a pixel either way is the same lane.
const SAME_LANE = 2;

/**
 * The bar the arrow keys go to from `from`, as in a Gantt chart's keyboard navigation: Left and Right to the
 * nearest bar before or after it in its lane; Up and Down to the nearest lane above or below (the next row's
 * first lane after a row's last), to the bar there closest to it sideways. -1 when there is none in view.
 */
export function neighbourOf(from: BarBox, bars: readonly BarBox[], key: ArrowKey): number {
  let best = -1;
  let bestScore = Infinity;
  const centre = (b: BarBox) => b.left + b.width / 2;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const sign = key === 'ArrowRight' ? 1 : -1;
    bars.forEach((b, i) => {
      const ahead = (b.left - from.left) * sign;
      if (Math.abs(b.top - from.top) > SAME_LANE || ahead <= 0) return;
      if (ahead < bestScore) [best, bestScore] = [i, ahead];
    });
    return best;
  }
  const sign = key === 'ArrowDown' ? 1 : -1;
  // The nearest lane that way, then the bar in it closest to this one's middle.
  let lane = Infinity;
  for (const b of bars) {
    const gap = (b.top - from.top) * sign;
    if (gap > SAME_LANE && gap < lane) lane = gap;
  }
  if (lane === Infinity) return -1;
  bars.forEach((b, i) => {
    if (Math.abs((b.top - from.top) * sign - lane) > SAME_LANE) return;
    const away = Math.max(0, b.left - (from.left + from.width), from.left - (b.left + b.width));
    const score = away * 1e6 + Math.abs(centre(b) - centre(from));
    if (score < bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** Moves the focus from `bar` to the bar the arrow points at, among those the grid has drawn, and shows it. */
export function focusNeighbour(bar: HTMLElement, key: ArrowKey) {
  const grid = bar.closest<HTMLElement>('.tl-scroll');
  if (!grid) return;
  const bars = [...grid.querySelectorAll<HTMLElement>('.tl-bar[data-bar-id]')].filter((b) => b !== bar);
  const box = (el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width };
  };
  const next = bars[neighbourOf(box(bar), bars.map(box), key)];
  if (!next) return;
  next.focus({ preventScroll: true });
  revealInGrid(grid, next);
}
