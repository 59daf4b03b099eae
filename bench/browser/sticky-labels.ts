import type { Page } from '@playwright/test';

export interface StickyLabels {
  /** Rows fully below the date header whose label was checked, over the scroll positions tried. */
  checked: number;
  /** Of those, labels not at the top of their own row (more than 4 px off). */
  misplaced: number;
  /** A few misplaced ones: scrollTop, label offset from its row's top, row height. */
  examples: { scrollTop: number; labelOffset: number; rowHeight: number }[];
}

/**
 * Issue 15's sticky-label bug, measured: scrolls the Timeline to a few depths and, for every row whose top
 * is below the sticky date header, compares its name button (the row's fold toggle) with the row's top. A
 * label belongs 6 px below its row's top (the row's padding). Restores the scroll position.
 */
export function stickyLabels(page: Page, scroller: string): Promise<StickyLabels> {
  return page.evaluate(async (scroller) => {
    const el = document.querySelector<HTMLElement>(scroller);
    const out = { checked: 0, misplaced: 0, examples: [] as StickyLabels['examples'] };
    if (!el) return out;
    const saved = el.scrollTop;
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // The sticky date header: the scroller's first child.
    const header = el.firstElementChild;
    for (const depth of [0.05, 0.2, 0.5]) {
      el.scrollTop = Math.round((el.scrollHeight - el.clientHeight) * depth);
      await frame();
      const box = el.getBoundingClientRect();
      const headerBottom = header ? header.getBoundingClientRect().bottom : box.top + 48;
      for (const row of el.querySelectorAll<HTMLElement>('[role="group"]')) {
        const r = row.getBoundingClientRect();
        const label = row.querySelector<HTMLElement>('button[aria-expanded]');
        if (!label || r.top < headerBottom || r.bottom > box.bottom) continue;
        out.checked++;
        const offset = Math.round(label.getBoundingClientRect().top - r.top);
        if (Math.abs(offset - 6) > 4) {
          out.misplaced++;
          if (out.examples.length < 3)
            out.examples.push({
              scrollTop: el.scrollTop,
              labelOffset: offset,
              rowHeight: Math.round(r.height),
            });
        }
      }
    }
    el.scrollTop = saved;
    await frame();
    return out;
  }, scroller);
}
