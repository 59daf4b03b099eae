import type { Page } from '@playwright/test';

/**
 * The grab point of the `index`-th item matching `selector` that is fully usable: at least `minWidth`
 * wide, inside the chart area (clear of the row names and the toolbar), with room for `dx` to the
 * right, and actually hit at that point (not covered). One evaluate instead of a locator per item:
 * virtualized bars re-mount while scrolling and would detach between calls.
 */
export function pickTarget(
  page: Page,
  selector: string,
  opts: { index?: number; minWidth?: number; dx?: number; skip?: number[] } = {},
) {
  return page.evaluate(
    ({ selector, index, minWidth, dx, skip }) => {
      let seen = 0;
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        const r = el.getBoundingClientRect();
        if (
          r.width < minWidth ||
          r.left < 320 ||
          r.right + dx > innerWidth - 40 ||
          r.top < 140 ||
          r.bottom > innerHeight - 40
        )
          continue;
        const x = r.left + Math.min(14, r.width / 2);
        const y = r.top + r.height / 2;
        if (document.elementFromPoint(x, y)?.closest(selector) !== el) continue;
        if (seen++ < index) continue;
        const id = Number(el.dataset.barId ?? el.dataset.blockId ?? NaN);
        if (skip.includes(id)) continue;
        return { x, y, id };
      }
      return null;
    },
    {
      selector,
      index: opts.index ?? 0,
      minWidth: opts.minWidth ?? 24,
      dx: opts.dx ?? 0,
      skip: opts.skip ?? [],
    },
  );
}
