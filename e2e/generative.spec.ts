import { test as base, expect, type BrowserContext } from '@playwright/test';
import { variationForSeed, type Variation } from '../spec/openapi';
import { startGenerativeUpstream, type GenerativeUpstream } from '../spec/generative-upstream';
import { startPlanner, type Planner } from '../src/server/main';
import { describeOffenders, recordApiRequests, type Offender } from './contract-check';
import { membersView, problemsOf, VIEWS, type View } from './generative-views';

/**
 * Issue 12 point 7: the planner in Toggl mode against an upstream that answers every operation with data generated
 * from the OpenAPI documents (seeded; spec/openapi/variation.ts). For every seed, every view: no uncaught page
 * error, no blank view, plain words, and every request the app sends conforms to the documents (checked in the
 * browser and again where the upstream receives it). GENERATIVE_SEEDS sets the number of seeds (default 12).
 */
const SEEDS = Number(process.env.GENERATIVE_SEEDS ?? 12);
/** Seeds that also get enum values the documents do not list (a newer upstream): a separate, opt-in variation. */
const UNKNOWN_ENUM_SEEDS = [101, 102];
/** A view that has not answered by then has hung the page (a render loop); it is reported, the rest go on. */
const VIEW_BUDGET_MS = 30_000;

const test = base.extend<object, { toggl: { stub: GenerativeUpstream; planner: Planner } }>({
  toggl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const stub = await startGenerativeUpstream({ seed: 0 });
      const planner = await startPlanner({
        env: {
          PORT: '0',
          LOG_LEVEL: 'silent',
          TOGGL_FOCUS_API_KEY: 'toggl_sk_generative_stub_key',
          TOGGL_API_TOKEN: 'generative_stub_track_token',
          FOCUS_API_URL: stub.focusBase,
          TRACK_API_URL: stub.trackBase,
        },
        app: 'skip',
        log: () => {},
      });
      await use({ stub, planner });
      await planner.close();
      await stub.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ toggl }, use) => use(toggl.planner.url),
});

// Seeds spread over the workers; each worker has its own stub upstream and planner.
test.describe.configure({ mode: 'parallel' });

/** Opens one view in a page of its own (a hung page cannot take the next views with it). */
async function checkView(context: BrowserContext, view: View, offenders: Offender[]): Promise<string[]> {
  const page = await context.newPage();
  const recorder = recordApiRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`uncaught ${err.name}: ${err.message.slice(0, 200)}`));
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<string[]>((resolve) => {
    timer = setTimeout(
      () => resolve([`the page stopped responding for ${VIEW_BUDGET_MS / 1000} s`]),
      VIEW_BUDGET_MS,
    );
  });
  const problems = await Promise.race([problemsOf(page, view), hung]);
  clearTimeout(timer);
  offenders.push(...recorder.offenders());
  await page.close().catch(() => undefined);
  return [...errors, ...problems].map((p) => `${view.name}: ${p}`);
}

async function checkEveryView(
  context: BrowserContext,
  stub: GenerativeUpstream,
  seed: number,
  variation: Variation,
) {
  test.setTimeout(10 * VIEW_BUDGET_MS);
  stub.configure({ seed, variation });
  const firstSeen = stub.seen.length;
  const offenders: Offender[] = [];
  const failures: string[] = [];
  for (const view of VIEWS) {
    failures.push(...(await checkView(context, view, offenders)));
    if (view.name === 'Projects') {
      // A project the list showed (any id answers on the stub; 7 when the list showed none).
      const probe = await context.newPage();
      await probe.goto('/projects');
      const rows = probe.getByTestId('project-row');
      await rows
        .first()
        .waitFor({ timeout: 5_000 })
        .catch(() => undefined);
      const id = (await rows.count().catch(() => 0))
        ? Number(await rows.first().getAttribute('data-project-id'))
        : 7;
      await probe.close();
      failures.push(...(await checkView(context, membersView(id > 0 ? id : 7), offenders)));
    }
  }
  if (offenders.length) failures.push(describeOffenders(offenders));
  for (const o of stub.seen.slice(firstSeen).filter((s) => s.verdict.issues.length))
    failures.push(
      `upstream got ${o.method} ${o.url}: ${o.verdict.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    );
  expect(failures, `seed ${seed}: ${JSON.stringify(variation)}`).toEqual([]);
}

for (let seed = 0; seed < SEEDS; seed++) {
  test(`generated upstream data, seed ${seed}: every view opens, speaks plainly, sends only conforming requests`, async ({
    context,
    toggl,
  }) => {
    await checkEveryView(context, toggl.stub, seed, variationForSeed(seed));
  });
}

for (const seed of UNKNOWN_ENUM_SEEDS) {
  test(`generated upstream data with unknown enum values, seed ${seed}: every view opens and speaks plainly`, async ({
    context,
    toggl,
  }) => {
    await checkEveryView(context, toggl.stub, seed, { ...variationForSeed(seed), unknownEnums: 0.3 });
  });
}
