import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { variationForSeed, type Variation } from '../spec/openapi';
import { startGenerativeUpstream, type GenerativeUpstream } from '../spec/generative-upstream';
import { startPlanner, type Planner } from '../src/server/main';
import { describeOffenders, recordApiRequests, type Offender } from './contract-check';
import { apiActivity, membersView, problemsOf, VIEWS, type View } from './generative-views';

/**
 * Issue 12 point 7: the planner in Toggl mode against an upstream that answers every operation with data generated
 * from the OpenAPI documents (seeded; spec/openapi/variation.ts). For every seed, every view (and the panels that
 * render data: filters, a task's side panel, the project dialog): no uncaught page error, no part that failed to
 * render, no blank view, plain words, and every request the app sends conforms to the documents (checked in the
 * browser and again where the upstream receives it). GENERATIVE_SEEDS sets the number of seeds (default 20).
 *
 * One page per seed: it loads the app once and goes from view to view the way a person does (the app's own
 * navigation), so the reads the views share are made once, as in use. A page that stops responding is replaced.
 */
const SEEDS = Number(process.env.GENERATIVE_SEEDS ?? 20);
/** Seeds that also get enum values the documents do not list (a newer upstream): a separate, opt-in variation. */
const UNKNOWN_ENUM_SEEDS = [101, 102, 103];
/** A view that has not answered by then has hung the page (a render loop); it is reported, the rest go on. */
const VIEW_BUDGET_MS = 20_000;

const test = base.extend<
  object,
  { toggl: { stub: GenerativeUpstream; planner: Planner }; browsing: BrowserContext }
>({
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
  // One context per worker: the app's files are fetched once, each seed then only reloads the page (which
  // starts the app with an empty cache, as a new visit does).
  browsing: [
    async ({ browser, toggl }, use, workerInfo) => {
      const { viewport, timezoneId, locale } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL: toggl.planner.url, viewport, timezoneId, locale });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

// Seeds spread over the workers; each worker has its own stub upstream and planner.
test.describe.configure({ mode: 'parallel' });

/** One browser page going from view to view; replaced when a view hangs it. */
function viewer(context: BrowserContext, offenders: Offender[]) {
  let current:
    | {
        page: Page;
        errors: string[];
        recorder: ReturnType<typeof recordApiRequests>;
        activity: ReturnType<typeof apiActivity>;
      }
    | undefined;

  async function open(path: string) {
    if (!current) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(`uncaught ${err.name}: ${err.message.slice(0, 200)}`));
      current = { page, errors, recorder: recordApiRequests(page), activity: apiActivity(page) };
      await current.page.goto(path);
    } else {
      // The app's own navigation (as a link does): no reload, the cache of the views before stays.
      await current.page.evaluate((to) => {
        window.history.pushState({}, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      current.activity.mark();
    }
    return current;
  }

  async function retire() {
    if (!current) return;
    offenders.push(...current.recorder.offenders());
    const { page } = current;
    current = undefined;
    await Promise.race([page.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2_000))]);
  }

  return {
    async check(view: View): Promise<string[]> {
      let timer: NodeJS.Timeout | undefined;
      const hung = new Promise<'hung'>((resolve) => {
        timer = setTimeout(() => resolve('hung'), VIEW_BUDGET_MS);
      });
      const run = async () => {
        const { page, activity } = await open(view.path);
        return problemsOf(page, view, () => activity.quiet());
      };
      const result = await Promise.race([run(), hung]);
      clearTimeout(timer);
      const errors = current?.errors.splice(0) ?? [];
      if (result === 'hung') {
        await retire();
        return [`${view.name}: the page stopped responding for ${VIEW_BUDGET_MS / 1000} s`];
      }
      return [...errors, ...result].map((p) => `${view.name}: ${p}`);
    },
    /** The id of the first project the Projects view lists (any id answers on the stub; 7 when it lists none). */
    async firstProjectId(): Promise<number> {
      const row = current?.page.getByTestId('project-row').first();
      const id = Number(await row?.getAttribute('data-project-id', { timeout: 1_000 }).catch(() => null));
      return id > 0 ? id : 7;
    },
    retire,
  };
}

async function checkEveryView(
  context: BrowserContext,
  stub: GenerativeUpstream,
  seed: number,
  variation: Variation,
) {
  test.setTimeout(4 * VIEW_BUDGET_MS);
  stub.configure({ seed, variation });
  const firstSeen = stub.seen.length;
  const offenders: Offender[] = [];
  const failures: string[] = [];
  const views = viewer(context, offenders);
  for (const view of VIEWS) {
    failures.push(...(await views.check(view)));
    if (view.name === 'Projects')
      failures.push(...(await views.check(membersView(await views.firstProjectId()))));
  }
  await views.retire();
  if (offenders.length) failures.push(describeOffenders(offenders));
  for (const o of stub.seen.slice(firstSeen).filter((s) => s.verdict.issues.length))
    failures.push(
      `upstream got ${o.method} ${o.url}: ${o.verdict.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    );
  expect(failures, `seed ${seed}: ${JSON.stringify(variation)}`).toEqual([]);
}

for (let seed = 0; seed < SEEDS; seed++) {
  test(`generated upstream data, seed ${seed}: every view opens, speaks plainly, sends only conforming requests`, async ({
    browsing,
    toggl,
  }) => {
    await checkEveryView(browsing, toggl.stub, seed, variationForSeed(seed));
  });
}

for (const seed of UNKNOWN_ENUM_SEEDS) {
  test(`generated upstream data with unknown enum values, seed ${seed}: every view opens and speaks plainly`, async ({
    browsing,
    toggl,
  }) => {
    await checkEveryView(browsing, toggl.stub, seed, { ...variationForSeed(seed), unknownEnums: 0.3 });
  });
}
