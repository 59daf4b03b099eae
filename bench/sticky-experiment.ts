import { instrumentScript } from './browser/instrument';
import { freshBrowserPage } from './browser/launch';
import { trackApi } from './browser/network';
import { VIEWS } from './browser/ours';
import { loadAndSettle } from './browser/settle';
import { stickyLabels } from './browser/sticky-labels';
import { createDatasetDb, scratchDir, timelineDataset } from './lib/datasets';
import { spawnPlanner } from './server/spawn-planner';

/**
 * `npx tsx bench/sticky-experiment.ts [tasks]`: the Timeline's sticky row labels checked as built, then with the
 * same rows placed by `top` instead of `transform` (a style rule injected into the page, the app unchanged), to
 * show where the labels go wrong (issue 15) and that the placement is the cause.
 */
async function main() {
  const scratch = scratchDir();
  const spec = VIEWS.timeline;
  const planner = await spawnPlanner(
    createDatasetDb(scratch.dir, timelineDataset(Number(process.argv[2] ?? 10_000))),
  );
  const { page, close } = await freshBrowserPage([instrumentScript(spec.item)]);
  try {
    await loadAndSettle(page, trackApi(page), `${planner.url}${spec.route}`, { item: spec.item });
    console.log(
      'rows placed by transform (as built):',
      JSON.stringify(await stickyLabels(page, spec.scroller)),
    );
    await page.addStyleTag({
      content: '[role="group"][data-row] { transform: none !important; top: var(--row-top) !important; }',
    });
    await page.evaluate(() => {
      // React keeps writing the transform; copy its offset into --row-top whenever it changes.
      const copy = () => {
        for (const row of document.querySelectorAll<HTMLElement>('[role="group"][data-row]')) {
          const y = /translateY\(([-\d.]+)px\)/.exec(row.style.transform)?.[1];
          if (y) row.style.setProperty('--row-top', `${y}px`);
        }
      };
      copy();
      new MutationObserver(copy).observe(document.body, {
        subtree: true,
        childList: true,
        attributeFilter: ['style'],
      });
    });
    console.log('rows placed by top:', JSON.stringify(await stickyLabels(page, spec.scroller)));
  } finally {
    await close();
    await planner.stop();
    scratch.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
