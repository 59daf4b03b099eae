import type { Page, Request } from '@playwright/test';

export interface ApiRequest {
  method: string;
  /** Path with ids replaced by :id, query string dropped. */
  path: string;
  /** Full path and query (for reading the report: which window, which page). */
  url: string;
  /** Page clock (ms since navigation start), from the page's resource timing; null if it has no entry. */
  start: number | null;
  responseStart: number | null;
  /** The body's last byte. */
  end: number | null;
  /** The body's size as received (before decompression). */
  bytes: number | null;
  /** HTTP status (absent when the request failed before an answer). */
  status?: number;
  failed?: string;
}

/** A resource timing entry of an /api/ request, as the init script keeps it (page clock). */
export interface ResourceEntry {
  name: string;
  start: number;
  responseStart: number;
  end: number;
  bytes: number;
}

const isApi = (r: Request) => new URL(r.url()).pathname.startsWith('/api/');

/**
 * Follows the page's /api/ requests from the Node side: which were made and how many are in flight (a
 * streamed body counts until its last byte: Playwright's requestfinished). Times come from the page's own
 * resource timing (`withTimings`), so every figure is on one clock.
 */
export function trackApi(page: Page) {
  const list: {
    method: string;
    path: string;
    url: string;
    href: string;
    status?: number;
    failed?: string;
  }[] = [];
  const live = new Map<Request, (typeof list)[number]>();
  let inflight = 0;
  let lastChange = Date.now();
  page.on('request', (r) => {
    if (!isApi(r)) return;
    const url = new URL(r.url());
    const e = {
      method: r.method(),
      path: url.pathname.replace(/\/\d+/g, '/:id'),
      url: `${url.pathname}${url.search}`,
      href: r.url(),
    };
    live.set(r, e);
    list.push(e);
    inflight++;
    lastChange = Date.now();
  });
  const done = (r: Request, failed?: string) => {
    const e = live.get(r);
    if (!e) return;
    live.delete(r);
    if (failed) e.failed = failed;
    else
      void r.response().then(
        (res) => void (e.status = res?.status()),
        () => undefined,
      );
    inflight--;
    lastChange = Date.now();
  };
  page.on('requestfinished', (r) => done(r));
  page.on('requestfailed', (r) => done(r, r.failure()?.errorText ?? 'failed'));
  return {
    inflight: () => inflight,
    /** Wall-clock ms since a request last started or ended (0 while one is in flight). */
    idleMs: () => (inflight ? 0 : Date.now() - lastChange),
    /** A position in the request list, for `after`. */
    mark: () => list.length,
    /** "METHOD path" of the requests made since `mark`. */
    after: (mark: number) => list.slice(mark).map((e) => `${e.method} ${e.path}`),
    /** Every request so far with its timings, matched to resource entries by URL in order. */
    withTimings(entries: readonly ResourceEntry[]): ApiRequest[] {
      const pool = new Map<string, ResourceEntry[]>();
      for (const t of entries) pool.set(t.name, [...(pool.get(t.name) ?? []), t]);
      return list.map(({ href, ...e }) => {
        const t = pool.get(href)?.shift();
        const r = (n: number | undefined) => (n === undefined ? null : Math.round(n * 10) / 10);
        return {
          ...e,
          start: r(t?.start),
          responseStart: r(t?.responseStart),
          end: r(t?.end),
          bytes: t ? t.bytes : null,
        };
      });
    },
  };
}

export type ApiTracker = ReturnType<typeof trackApi>;

/** Waits until no /api/ request has been in flight for `quietMs` (at most `timeout` ms). */
export async function waitNetworkQuiet(page: Page, api: ApiTracker, quietMs = 500, timeout = 60_000) {
  const until = Date.now() + timeout;
  while (api.idleMs() < quietMs) {
    if (Date.now() > until) throw new Error(`/api/ requests still in flight after ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}
