import { build } from 'vite';
import { join } from 'node:path';
import type { Peer } from '../lib/peer-names';
import { serveStatic } from '../lib/static-server';
import { instrumentScript } from './instrument';
import { domCount, freshBrowserPage, heapMiB } from './launch';
import { trackApi } from './network';
import { measureScroll, type ScrollFigures } from './scroll-run';
import { loadAndSettle, type LoadFigures } from './settle';

export { PEERS, PEER_NAMES, type Peer } from '../lib/peer-names';

/** One fresh-browser run of a peer page. */
export interface PeerRun {
  load: LoadFigures;
  domElements: number;
  heapMiB: number;
  scrollY: ScrollFigures;
  scrollX: ScrollFigures;
}

/** Builds the peer pages into bench/dist/ (separate Vite config, never part of the app build). */
export async function buildPeerPages(): Promise<string> {
  await build({ configFile: join(import.meta.dirname, '..', 'peers', 'vite.config.ts'), logLevel: 'warn' });
  return join(import.meta.dirname, '..', 'dist');
}

/**
 * Opens one peer page in a fresh browser (it reads the dataset from `/api/dataset.json` and renders) and
 * measures the same clock as for the planner (navigation → settled), heap after GC and both scrolls.
 */
export async function runPeer(baseUrl: string, peer: Peer): Promise<PeerRun> {
  const { page, close } = await freshBrowserPage([instrumentScript(null)]);
  try {
    const api = trackApi(page);
    const load = await loadAndSettle(page, api, `${baseUrl}/${peer}/`);
    const state = await page.evaluate(() => window.__peer);
    if (!state?.rendered) throw new Error(`${peer} did not render: ${state?.error ?? 'no data'}`);
    const domElements = await domCount(page);
    const heap = await heapMiB(page);
    const scrollY = await measureScroll(page, api, 'y', '#chart');
    const scrollX = await measureScroll(page, api, 'x', '#chart');
    return { load, domElements, heapMiB: heap, scrollY, scrollX };
  } finally {
    await close();
  }
}

export const servePeers = serveStatic;
