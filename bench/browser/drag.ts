import type { Page } from '@playwright/test';
import { frameStats, type FrameStats } from '../lib/stats';
import { startFrameRecorder, stopFrameRecorder } from './frames';
import type { PageProbe } from './instrument';
import type { ApiTracker } from './network';
import { waitNetworkQuiet } from './network';
import { pickTarget } from './pick';

export interface DragFigures extends FrameStats {
  commitsDuringMove: number;
  commitsWithDrop: number;
  moved: boolean;
  /** /api/ requests from the drop until the network has been quiet for 1 s ("METHOD path"). */
  dropRequests: string[];
}

type W = { __b: PageProbe };

/**
 * A two-second pointer drag of the first usable `item`: 5 steps of `step` px right, 2 back, in ~120 moves
 * paced at one per frame, then the drop (which writes). Answers frame times, React commits and every
 * request the drop caused.
 */
export async function twoSecondDrag(
  page: Page,
  api: ApiTracker,
  item: string,
  step: number,
  minWidth = 24,
): Promise<DragFigures | null> {
  // Bars re-mount a few frames after the scroll runs put the view back; on a loaded machine that can take a while.
  let target = await pickTarget(page, item, { minWidth, dx: 5 * step });
  for (let i = 0; !target && i < 10; i++) {
    await page.waitForTimeout(500);
    target = await pickTarget(page, item, { minWidth, dx: 5 * step });
  }
  if (!target) return null;
  const { x, y } = target;
  const path = (t: number) => (t < 0.6 ? (t / 0.6) * 5 : 5 - ((t - 0.6) / 0.4) * 2) * step;
  const commits = () => page.evaluate(() => (window as unknown as W).__b.commits.length);
  await page.mouse.move(x, y);
  await startFrameRecorder(page);
  const before = await commits();
  await page.mouse.down();
  const started = Date.now();
  for (;;) {
    const t = (Date.now() - started) / 2000;
    if (t >= 1) break;
    await page.mouse.move(x + path(t), y);
    await page.waitForTimeout(16);
  }
  await page.mouse.move(x + path(1), y);
  const moved = (await page.locator('[data-dragging="true"]').count()) > 0;
  const during = (await commits()) - before;
  const dropAt = api.mark();
  await page.mouse.up();
  await page.waitForTimeout(500);
  const intervals = await stopFrameRecorder(page);
  const withDrop = (await commits()) - before;
  await waitNetworkQuiet(page, api, 1000, 30_000);
  return {
    ...frameStats(intervals),
    commitsDuringMove: during,
    commitsWithDrop: withDrop,
    moved,
    dropRequests: api.after(dropAt),
  };
}
