import { runOurView, type OurRun, type View } from './browser/ours';
import { createDatasetDb, SCHEDULE_DATASETS, scratchDir, timelineDataset } from './lib/datasets';
import { summarizeOurs } from './lib/summary';
import { table } from './lib/table';
import { ms } from './lib/targets';
import { spawnPlanner } from './server/spawn-planner';

const USAGE = `Usage: npx tsx bench/experiment.ts --view timeline|schedule --dataset 10k|week-dense|... --stub TEXT[,TEXT] [--runs 3]
  Runs a planner view as the bench does, alternating with runs in which every /api/ request whose URL contains
  TEXT is answered at once with [] (as if that read were not made), and prints the medians side by side:
  what one read costs in time to complete, heap and scroll. Example: --stub time-blocks/stream`;

function parse(argv: string[]) {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const view = get('--view') as View | undefined;
  const dataset = get('--dataset');
  const stubs = get('--stub')?.split(',').filter(Boolean) ?? [];
  const runs = Number(get('--runs') ?? 3);
  if (!view || !['timeline', 'schedule'].includes(view) || !dataset || !stubs.length || !(runs >= 1))
    throw new Error(USAGE);
  const spec =
    SCHEDULE_DATASETS.find((d) => d.name === dataset) ??
    timelineDataset(Number.parseFloat(dataset) * (dataset.endsWith('k') ? 1000 : 1));
  return { view, spec, stubs, runs };
}

async function main() {
  const { view, spec, stubs, runs } = parse(process.argv.slice(2));
  const scratch = scratchDir();
  const planner = await spawnPlanner(createDatasetDb(scratch.dir, spec));
  const variants: Record<string, OurRun[]> = { normal: [], [`without ${stubs.join(', ')}`]: [] };
  try {
    for (let i = 0; i < runs; i++)
      for (const [name, list] of Object.entries(variants)) {
        const stubbed = name !== 'normal';
        list.push(
          await runOurView(planner.url, view, async (page) => {
            if (!stubbed) return;
            await page.route(
              (url) => url.pathname.startsWith('/api/') && stubs.some((s) => url.href.includes(s)),
              (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[]' }),
            );
          }),
        );
        console.log(`${name} run ${i + 1} done`);
      }
  } finally {
    await planner.stop();
    scratch.cleanup();
  }
  const rows = Object.entries(variants).map(([name, list]) => {
    const s = summarizeOurs(list);
    return [
      name,
      ms(s.firstItemMs),
      ms(s.completeMs),
      ms(s.settledMs),
      s.heapMiB,
      `${s.scrollY.p95} / ${s.scrollX.p95} ms`,
      s.loadRequests,
    ];
  });
  console.log(
    `\n${view} ${spec.name}, medians of ${runs}:\n\n${table(['variant', 'first item', 'complete', 'settled', 'heap MiB', 'scroll p95 y / x', 'requests'], rows)}`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
