import type { CDPSession, Locator, Page } from '@playwright/test';

/**
 * A finger on a touch screen, through Chromium's input pipeline (CDP `Input.dispatchTouchEvent`): the browser
 * sees real touch events, decides itself whether a move pans (scrolls) the page, and fires pointer and touch
 * events as it would for a person.
 */
export class Finger {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async on(page: Page): Promise<Finger> {
    return new Finger(page, await page.context().newCDPSession(page));
  }

  private at = { x: 0, y: 0 };

  async down(x: number, y: number): Promise<void> {
    this.at = { x, y };
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  }

  /** Moves in even steps, `pauseMs` between them (a swipe is quick, a drag can be slow). */
  async move(x: number, y: number, steps = 10, pauseMs = 16): Promise<void> {
    const from = this.at;
    for (let i = 1; i <= steps; i++) {
      const point = { x: from.x + ((x - from.x) * i) / steps, y: from.y + ((y - from.y) * i) / steps };
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
      if (pauseMs) await this.page.waitForTimeout(pauseMs);
    }
    this.at = { x, y };
  }

  async up(): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  /** Press and hold: the finger stays still for `ms` (longer than the drag's touch delay). */
  async hold(ms = 400): Promise<void> {
    await this.page.waitForTimeout(ms);
  }
}

/**
 * Whether the element is inside the viewport and is what a finger on its centre touches (nothing covers it).
 * Scrolled into view first, as a person would scroll to it.
 */
export async function reachable(el: Locator) {
  await el.scrollIntoViewIfNeeded();
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const inView = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return inView && r.width > 0 && !!hit && (hit === node || node.contains(hit));
  });
}
