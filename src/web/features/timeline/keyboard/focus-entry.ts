/**
 * Where the keyboard enters the grid. Bars are no tab stops (tabIndex -1: the arrow keys go from bar to bar), but
 * the rows' fold buttons, workload strips and the milestones' flags are, in the order of the DOM, which holds
 * rows a little outside the view too (rows and days are mounted with an overscan): the first Tab into the grid
 * would land on one of them, out of sight, and scroll the grid to it. Entering from outside the grid, the focus
 * goes to the first bar in view instead (the last one with Shift+Tab), and the grid does not move.
 */
export function redirectGridEntry(
  scroller: HTMLElement,
  e: Pick<FocusEvent, 'target' | 'relatedTarget'>,
  before: Scroll,
) {
  const target = e.target as HTMLElement;
  const from = e.relatedTarget as Node | null;
  if (
    !target.matches('.tl-bar[data-bar-id], .tl-fold, .tl-wl, .tl-ms-flag') ||
    (from && scroller.contains(from))
  )
    return;
  // The browser has already scrolled the grid to the element: put it back, then look at what shows.
  restore(scroller, before);
  if (target.matches('.tl-bar') && inView(scroller, target)) return;
  const bars = [...scroller.querySelectorAll<HTMLElement>('.tl-bar[data-bar-id]')].filter((b) =>
    inView(scroller, b),
  );
  // Coming from after the grid (Shift+Tab): the DOM puts the focus on the grid's last element.
  const backwards =
    from !== null && !!(from.compareDocumentPosition(scroller) & Node.DOCUMENT_POSITION_PRECEDING);
  const next = backwards ? bars[bars.length - 1] : bars[0];
  if (!next || next === target) return;
  next.focus({ preventScroll: true });
}

export interface Scroll {
  left: number;
  top: number;
}

/** The grid's scroll position: taken at every scroll, it is what the grid showed before a focus moved it. */
export function scrollOf(el: HTMLElement): Scroll {
  return { left: el.scrollLeft, top: el.scrollTop };
}

function restore(el: HTMLElement, at: Scroll) {
  el.scrollLeft = at.left;
  el.scrollTop = at.top;
}

/** The part of the grid that shows bars (right of the sticky names, under the sticky header), viewport px. */
function barArea(scroller: HTMLElement) {
  const s = scroller.getBoundingClientRect();
  const names = scroller.querySelector('.tl-row-head')?.getBoundingClientRect();
  const header = scroller.querySelector('.tl-header')?.getBoundingClientRect();
  return {
    left: names ? names.right : s.left,
    right: s.left + scroller.clientWidth,
    top: header ? header.bottom : s.top,
    bottom: s.top + scroller.clientHeight,
  };
}

/** The element shows in the part of the grid that shows bars (right of the names, under the header). */
function inView(scroller: HTMLElement, el: HTMLElement): boolean {
  const area = barArea(scroller);
  const r = el.getBoundingClientRect();
  // Wholly in view vertically, and enough of it sideways to see (a bar may start before the view).
  const shown = Math.min(r.right, area.right) - Math.max(r.left, area.left);
  return shown >= Math.min(r.width, 16) && r.top >= area.top - 1 && r.bottom <= area.bottom + 1;
}

/**
 * Scrolls the grid just enough that the element shows in the part that shows bars (a bar longer than the view:
 * its start). The browser's own scroll on focus knows neither the sticky names column nor the header.
 */
export function revealInGrid(scroller: HTMLElement, el: HTMLElement) {
  const area = barArea(scroller);
  const [left, right, top, bottom] = [area.left + 8, area.right - 8, area.top + 4, area.bottom - 4];
  const r = el.getBoundingClientRect();
  const dx = r.left < left ? r.left - left : r.right > right ? Math.min(r.right - right, r.left - left) : 0;
  const dy = r.top < top ? r.top - top : r.bottom > bottom ? r.bottom - bottom : 0;
  if (dx || dy) scroller.scrollBy({ left: dx, top: dy });
}
