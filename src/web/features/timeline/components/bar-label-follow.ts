/**
 * Bar labels start where their bar comes into view (timeline.css): the grid's scrollLeft as `--scroll-x` on the
 * bars that begin left of it and reach into the view, and on no other element. Set on the scroller, every
 * element of the grid inherited it, so each scrolled pixel restyled all of them. A style write, not a render:
 * the rows stay memoized while the grid scrolls.
 *
 * Each bar tells where it is drawn (barPlaced, on mount and when it moves) and is set for the scroll position
 * at once; a sideways scroll sets the bars it cuts (followScrollX). Nothing is read back from the styles, and a
 * vertical scroll, which mounts rows but moves no label, costs a comparison: reading every mounted bar's inline
 * style on each scroll event was the largest script cost of a vertical scroll (336 ms per 2 s at 10k tasks).
 */

interface Span {
  left: number;
  width: number;
  /** `--scroll-x` is set on the bar. */
  cut: boolean;
}

const spans = new WeakMap<HTMLElement, Span>();
// The scrollLeft the labels follow (one Timeline grid at a time).
let followedX = 0;

function follow(bar: HTMLElement, s: Span, x: number) {
  const cut = s.left < x && s.left + s.width > x;
  if (cut) bar.style.setProperty('--scroll-x', `${x}px`);
  else if (s.cut) bar.style.removeProperty('--scroll-x');
  s.cut = cut;
}

/** A bar drawn from `left` over `width` px of the canvas (a layout effect of the bar). */
export function barPlaced(bar: HTMLElement, left: number, width: number) {
  const s = spans.get(bar);
  if (s && s.left === left && s.width === width) return;
  const span = s ?? { left, width, cut: false };
  span.left = left;
  span.width = width;
  spans.set(bar, span);
  follow(bar, span, followedX);
}

/** The grid's scroll position changed (or its canvas did): the labels of the bars it cuts follow it. */
export function followScrollX(scroller: HTMLElement) {
  const x = scroller.scrollLeft;
  if (x === followedX) return;
  followedX = x;
  for (const bar of scroller.querySelectorAll<HTMLElement>('.tl-bar')) {
    const s = spans.get(bar);
    if (s) follow(bar, s, x);
  }
}
