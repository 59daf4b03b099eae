import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { join } from 'node:path';
import { serveStatic } from '../lib/static-server';
import { FRAME_RUNS, frameStats, medianRun, round, type FrameStats } from '../lib/stats';
import type { PeerDataset } from '../lib/datasets';
import { domCount, freshPage, heapMiB } from './launch';
import { scrollFrames } from './frames';

export const PEERS = ['dhtmlx', 'frappe', 'svar'] as const;
export type Peer = (typeof PEERS)[number];

export interface RenderFigures {
  renderMs: number;
  domElements: number;
  heapMiB: number;
  scroll: FrameStats & { scrolledPx: number; scroller: string };
  error?: string;
}

/** Builds the peer pages into bench/dist/ (separate Vite config, never part of the app build). */
export async function buildPeerPages(): Promise<string> {
  await build({ configFile: join(import.meta.dirname, '..', 'peers', 'vite.config.ts'), logLevel: 'warn' });
  return join(import.meta.dirname, '..', 'dist');
}

/** Loads one dataset into one peer page in a fresh context and measures it. */
export async function measurePeer(
  browser: Browser,
  baseUrl: string,
  peer: Peer,
  data: PeerDataset,
): Promise<RenderFigures> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${baseUrl}/${peer}/`);
    await page.waitForFunction(() => Boolean(window.__bench));
    const json = JSON.stringify(data);
    const renderMs = await page.evaluate((text) => window.__bench!.load(text), json);
    const domElements = await domCount(page);
    const heap = await heapMiB(page);
    const scrolls = [];
    for (let i = 0; i < FRAME_RUNS; i++) {
      const run = await scrollFrames(page, 2000, 40, '#chart');
      scrolls.push({ ...frameStats(run.intervals), scrolledPx: run.scrolled, scroller: run.scroller });
    }
    return {
      renderMs: round(renderMs),
      domElements,
      heapMiB: heap,
      scroll: medianRun(scrolls, (r) => r.p95),
    };
  } finally {
    await context.close();
  }
}

export async function servePeers(dir: string) {
  return serveStatic(dir);
}
