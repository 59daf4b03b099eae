import type { Page } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { runOurView, type OurRun, type View } from './browser/ours';
import { createDatasetDb, SCHEDULE_DATASETS, scratchDir, timelineDataset } from './lib/datasets';
import { summarizeOurs } from './lib/summary';
import { table } from './lib/table';
import { ms } from './lib/targets';
import { spawnPlanner } from './server/spawn-planner';

const USAGE = `Usage: npx tsx bench/ab.ts --view timeline|schedule --dataset 10k|week-dense|... --a DIR --b DIR [--runs 3] [--requests]
  Measures a planner view as the bench does, built twice: the page and its assets come from the production
  builds in DIR a and DIR b (vite build --outDir DIR), the /api/ reads from one planner on the dataset. Runs
  alternate a, b, a, b... in fresh browsers, so a burst of load on the shared machine hits both alike; prints
  the medians side by side. Profile a change: build the commit before it and the commit itself, compare.
  --requests lists each run's /api/ reads: start → first byte → last byte, ms since navigation.`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

function parse(argv: string[]) {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const view = get('--view') as View | undefined;
  const dataset = get('--dataset');
  const a = get('--a');
  const b = get('--b');
  const runs = Number(get('--runs') ?? 3);
  const requests = argv.includes('--requests');
  if (!view || !['timeline', 'schedule'].includes(view) || !dataset || !a || !b || !(runs >= 1))
    throw new Error(USAGE);
  for (const dir of [a, b])
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} holds no build (index.html)`);
  const spec =
    SCHEDULE_DATASETS.find((d) => d.name === dataset) ??
    timelineDataset(Number.parseFloat(dataset) * (dataset.endsWith('k') ? 1000 : 1));
  return { view, spec, dirs: { a: resolve(a), b: resolve(b) }, runs, requests };
}

/** Answers every non-/api/ request of the page from `dir` (the SPA's index.html for routes). */
async function serveBuild(page: Page, dir: string) {
  await page.route(
    (url) => !url.pathname.startsWith('/api/'),
    (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = join(dir, path);
      const found = path.includes('.') && file.startsWith(dir) && existsSync(file);
      const served = found ? file : join(dir, 'index.html');
      return route.fulfill({
        status: 200,
        contentType: TYPES[extname(served)] ?? 'application/octet-stream',
        body: readFileSync(served),
      });
    },
  );
}

async function main() {
  const { view, spec, dirs, runs, requests } = parse(process.argv.slice(2));
  const scratch = scratchDir();
  const planner = await spawnPlanner(createDatasetDb(scratch.dir, spec));
  const variants: Record<'a' | 'b', OurRun[]> = { a: [], b: [] };
  try {
    for (let i = 0; i < runs; i++)
      for (const name of ['a', 'b'] as const) {
        variants[name].push(await runOurView(planner.url, view, (page) => serveBuild(page, dirs[name])));
        const r = variants[name][variants[name].length - 1];
        console.log(
          `${name} run ${i + 1}: first ${ms(r.load.firstItemMs ?? Number.NaN)}, complete ${ms(r.load.completeMs ?? Number.NaN)}, heap ${r.heapMiB} MiB, scroll p95 ${r.scrollY.p95} / ${r.scrollX.p95} ms (${r.scrollY.dropped} / ${r.scrollX.dropped} late, main thread ${r.scrollY.busy?.taskMs} / ${r.scrollX.busy?.taskMs} ms, reads ${r.scrollY.requests.length} / ${r.scrollX.requests.length}), requests ${r.load.requests.length}, commits ${r.load.commits}, input attribute writes ${r.load.attributes.filter(([k]) => k.startsWith('input')).reduce((n, [, c]) => n + c, 0)}`,
        );
        if (requests)
          for (const q of r.load.requests)
            console.log(
              `    ${q.method} ${q.url.slice(0, 110)}: ${Math.round(q.start ?? -1)} → ${Math.round(q.responseStart ?? -1)} → ${Math.round(q.end ?? -1)} ms`,
            );
      }
  } finally {
    await planner.stop();
    scratch.cleanup();
  }
  const rows = (['a', 'b'] as const).map((name) => {
    const s = summarizeOurs(variants[name]);
    return [
      `${name}: ${dirs[name]}`,
      ms(s.firstItemMs),
      ms(s.completeMs),
      ms(s.settledMs),
      s.heapMiB,
      `${s.scrollY.p95} / ${s.scrollX.p95} ms`,
      `${s.scrollY.dropped} / ${s.scrollX.dropped}`,
      `${s.scrollY.busyMs ?? '-'} / ${s.scrollX.busyMs ?? '-'}`,
      `${s.scrollY.scriptMs ?? '-'} / ${s.scrollX.scriptMs ?? '-'}`,
      s.dragP95 === null ? '-' : `${s.dragP95} ms`,
      s.loadRequests,
      s.loadCommits,
      s.loadLongTaskMs,
      s.domMax,
    ];
  });
  console.log(
    `\n${view} ${spec.name}, medians of ${runs}:\n\n${table(
      [
        'build',
        'first item',
        'complete',
        'settled',
        'heap MiB',
        'scroll p95 y / x',
        'late frames y / x',
        'main thread ms y / x',
        'script ms y / x',
        'drag p95',
        'requests',
        'commits',
        'long tasks ms',
        'DOM max',
      ],
      rows,
    )}`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
