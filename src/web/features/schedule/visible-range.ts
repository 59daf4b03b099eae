/**
 * Windowed axis minutes a horizontally scrolled track shows, widened by `marginMin` on each side and rounded
 * out to whole hours, so scrolling re-renders only when an hour bucket is crossed. `scrollLeft` and
 * `clientWidth` are the scroll container's; the track starts after the sticky row heads (`headWidth`).
 */
export function visibleRange(
  scrollLeft: number,
  clientWidth: number,
  headWidth: number,
  pxPerMin: number,
  marginMin = 120,
): [number, number] {
  const from = Math.max(0, scrollLeft / pxPerMin - marginMin);
  const to = (scrollLeft + Math.max(0, clientWidth - headWidth)) / pxPerMin + marginMin;
  return [Math.floor(from / 60) * 60, Math.ceil(to / 60) * 60];
}

/** A placed block: its pixel span on the track. */
export interface Placed<T> {
  item: T;
  left: number;
  width: number;
}

/**
 * The placed items that overlap the visible axis minutes, plus every item `keep` says must stay mounted
 * (dragged, selected or focused: unmounting them would end a drag or lose focus). Order is preserved.
 */
export function cullToRange<T>(
  placed: readonly Placed<T>[],
  range: readonly [number, number],
  pxPerMin: number,
  keep: (item: T) => boolean,
): Placed<T>[] {
  const lo = range[0] * pxPerMin;
  const hi = range[1] * pxPerMin;
  return placed.filter((p) => (p.left + p.width >= lo && p.left <= hi) || keep(p.item));
}
