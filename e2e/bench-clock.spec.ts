import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { scrollFrames } from '../bench/browser/frames';
import { instrumentScript } from '../bench/browser/instrument';
import { trackApi } from '../bench/browser/network';
import { loadAndSettle } from '../bench/browser/settle';

// The benchmark's load clock (bench/browser/settle.ts) on a page whose timeline the page itself records:
// the clock must wait for a streamed body's last byte, stop "complete" at the last visible change and
// "settled" at the last change of any kind. Orderings only: timings are never test assertions.
const PAGE = `<!doctype html><html><body style="margin:0">
<div id="top" title="t"></div>
<div id="scroller" style="width:400px;height:300px;overflow:auto"><div style="width:3000px;height:9000px"></div></div>
<script>
  const at = (window.__at = {});
  const add = (html, style) => { const el = document.createElement('div'); el.innerHTML = html; el.setAttribute('style', style); document.body.appendChild(el); return el; };
  setTimeout(() => { add('<span class="bar">first</span>', ''); at.first = performance.now(); }, 30);
  fetch('/api/stream').then((r) => r.text()).then(() => {
    at.streamDone = performance.now();
    add('late', '');
    at.visible = performance.now();
    setTimeout(() => {
      add('off screen', 'position:absolute;top:5000px');
      at.offscreen = performance.now();
      setTimeout(() => {
        const top = document.getElementById('top');
        // As React 19 does to an input's name on each update: changed and changed back in one task.
        top.setAttribute("title", "");
        top.setAttribute("title", "t");
        at.noop = performance.now();
      }, 300);
    }, 400);
  });
</script></body></html>`;

// After its only read, the page computes for 1.5 s without touching the DOM (a large response being parsed),
// then renders: not a quiet page, so the clock must wait for the render.
const BUSY = `<!doctype html><html><body>
<script>
  fetch('/api/stream').then((r) => r.text()).then(() => {
    const until = performance.now() + 1500;
    while (performance.now() < until);
    // The render comes in a later task, as React schedules it.
    setTimeout(() => {
      const el = document.createElement('span');
      el.className = 'bar';
      el.textContent = 'rendered after the work';
      document.body.appendChild(el);
      window.__renderedAt = performance.now();
    }, 100);
  });
</script></body></html>`;

let server: Server;
let url = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/api/stream') {
      // Headers at once, the body in pieces over ~600 ms: in flight until the last byte.
      res.writeHead(200, { 'content-type': 'application/json' });
      let n = 0;
      const timer = setInterval(() => {
        res.write(`"${'x'.repeat(1000)}",`);
        if (++n === 6) {
          clearInterval(timer);
          res.end('0');
        }
      }, 100);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(req.url === '/busy' ? BUSY : PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the load clock: first item < stream end ≤ complete < off-screen change ≤ settled', async ({ page }) => {
  await page.addInitScript(instrumentScript('.bar'));
  const api = trackApi(page);
  const clock = await loadAndSettle(page, api, url, { item: '.bar' });
  const at = await page.evaluate(() => (window as unknown as { __at: Record<string, number> }).__at);

  expect(clock.requests).toHaveLength(1);
  expect(clock.requests[0]).toMatchObject({ method: 'GET', path: '/api/stream' });
  // The body as transferred: 6019 bytes of JSON plus the chunked framing.
  expect(clock.requests[0].bytes).toBeGreaterThanOrEqual(6 * 1003 + 1);
  expect(clock.requests[0].bytes).toBeLessThan(6200);
  expect(clock.firstItemMs).toBeGreaterThanOrEqual(at.first);
  expect(clock.firstItemMs).toBeLessThan(at.streamDone);
  // The stream counts until its last byte; the page saw it end after that.
  expect(clock.readsDoneMs).toBeGreaterThan(clock.requests[0].responseStart!);
  expect(clock.readsDoneMs).toBeLessThanOrEqual(at.streamDone + 5);
  expect(clock.completeMs).toBeGreaterThanOrEqual(at.visible);
  // The change below the viewport and the same-value attribute write are not visible...
  expect(clock.completeMs).toBeLessThan(at.offscreen);
  // ...but they are DOM changes: settled waits for them.
  expect(clock.settledMs).toBeGreaterThanOrEqual(at.noop);
  expect(clock.attributes).toContainEqual(['div#top[title] (same value)', 2]);
});

test('a main thread busy without DOM changes is not quiet: the clock waits for what it renders', async ({
  page,
}) => {
  await page.addInitScript(instrumentScript('.bar'));
  const clock = await loadAndSettle(page, trackApi(page), `${url}busy`, { item: '.bar' });
  const renderedAt = await page.evaluate(() => (window as unknown as { __renderedAt: number }).__renderedAt);
  expect(clock.firstItemMs).toBeGreaterThanOrEqual(renderedAt);
  expect(clock.settledMs).toBeGreaterThanOrEqual(renderedAt);
});

test('scroll runs find the container with room on each axis and bounce at its ends', async ({ page }) => {
  await page.goto(url);
  for (const axis of ['y', 'x'] as const) {
    const run = await scrollFrames(page, axis, { ms: 500, pxPerFrame: 1000 });
    expect(run.scroller).toBe('div');
    expect(run.intervals.length).toBeGreaterThan(3);
    // 9000 px tall / 3000 px wide content in a 300 × 400 box: 1000 px a frame must hit an end and turn.
    const room = axis === 'y' ? 9000 - 300 : 3000 - 400;
    expect(run.scrolled).toBeGreaterThan(room);
  }
});
