import { expect, type Locator, type Page } from '@playwright/test';

export interface View {
  name: string;
  path: string;
  heading: RegExp;
  /** What the view shows when it has its data (any of these visible). */
  content: (page: Page) => Locator;
  /** Opens the view's panels that render data (filters, side panel, dialogs), so they are checked too. */
  open?: (page: Page) => Promise<void>;
}

const tryClick = (target: Locator) =>
  target
    .first()
    .click({ timeout: 2_000 })
    .catch(() => undefined);

/** Every view of the planner; Members is added per seed with a project id the Projects view showed. */
export const VIEWS: View[] = [
  ...(['users', 'projects', 'tags'] as const).map((group) => ({
    name: `Timeline by ${group}`,
    path: `/timeline?group=${group}`,
    heading: /^Timeline$/,
    content: (p: Page) => p.getByTestId('timeline-scroll'),
    // Once per seed: the filters (every lookup list) and the side panel of a bar (its time blocks).
    open:
      group === 'users'
        ? async (p: Page) => {
            await tryClick(p.getByRole('button', { name: 'More filters' }));
            await tryClick(p.locator('[data-bar-id]:not([data-bar-id^="-"])'));
          }
        : undefined,
  })),
  {
    name: 'Schedule',
    path: '/schedule',
    heading: /^Week of /,
    content: (p) => p.getByTestId('schedule-grid').or(p.getByText('No tasks match.')),
  },
  {
    name: 'Projects',
    path: '/projects',
    heading: /^Projects$/,
    content: (p) => p.getByTestId('project-row').or(p.getByText('No project matches these filters.')),
    // The edit dialog (clients, tags and the parent projects).
    open: (p) => tryClick(p.getByRole('button', { name: /^Edit / })),
  },
  {
    name: 'Groups',
    path: '/groups',
    heading: /^Groups$/,
    content: (p) => p.getByTestId('group-card').or(p.getByText('No groups yet.')),
  },
  { name: 'Team', path: '/team', heading: /^Team of/, content: (p) => p.getByRole('table') },
];

export const membersView = (projectId: number): View => ({
  name: `Members of project ${projectId}`,
  path: `/projects/${projectId}/members`,
  heading: /^Members of/,
  content: (p) => p.getByTestId('member-row').or(p.getByRole('heading', { name: 'Access through groups' })),
});

/** Text a person should never be shown: schema paths, parser and runtime errors, stack lines. */
const RAW = [
  /Unexpected (response|item) from/i,
  /\b(expected|received) (a )?(string|number|boolean|array|object|integer|null|undefined)\b/i,
  /\bInvalid (input|option|enum value|type)\b/,
  /\b(TypeError|RangeError|SyntaxError|ReferenceError|ZodError)\b/,
  /\bat \S+ \(.*:\d+:\d+\)/,
  /\bdata\.\d+\./,
];
const NONSENSE = [/\bNaN\b/, /Invalid Date/, /\[object Object\]/];

/**
 * Waits until the page has had no API request in flight for `quietMs` (at most `maxMs`): the view's reads, the
 * pages after the first and the reads its panels start are in. Faster than Playwright's `networkidle` (500 ms).
 */
export function apiActivity(page: Page) {
  let inFlight = 0;
  let last = Date.now();
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (r) => {
    if (!isApi(r.url())) return;
    inFlight++;
    last = Date.now();
  });
  const done = (r: { url: () => string }) => {
    if (!isApi(r.url())) return;
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    /** Counts from now: a navigation's reads start a moment after it. */
    mark() {
      last = Date.now();
    },
    async quiet(quietMs = 200, maxMs = 5_000) {
      const until = Date.now() + maxMs;
      while (Date.now() < until && (inFlight > 0 || Date.now() - last < quietMs))
        await new Promise((r) => setTimeout(r, 25));
    },
  };
}

/**
 * Checks the view the page shows now and returns what is wrong with it, in words: no heading, stuck loading,
 * neither content nor a message, a part that failed to render, a message with raw schema or error text, or
 * nonsense values on screen.
 */
export async function problemsOf(page: Page, view: View, settle: () => Promise<void>): Promise<string[]> {
  const main = page.locator('main');
  const heading = main.getByRole('heading', { level: 1 });
  // This view's heading (not the one before it), or an app-level message instead of the view.
  const own = main.getByRole('heading', { level: 1, name: view.heading });
  await expect(own.or(main.locator('[role="alert"]')).first())
    .toBeVisible({ timeout: 10_000 })
    .catch(() => undefined);
  // Read once with a short timeout: the heading may be replaced by an error while we look.
  const title = await heading.innerText({ timeout: 2_000 }).catch(() => null);
  if (title === null || !view.heading.test(title))
    return [`no heading (main shows: ${JSON.stringify((await main.innerText()).slice(0, 200))})`];
  const loading = main.locator('.page-message', { hasText: /^Loading/ });
  await expect(loading)
    .toHaveCount(0, { timeout: 10_000 })
    .catch(() => undefined);
  await settle();
  if (view.open) {
    await view.open(page);
    await settle();
  }
  const problems: string[] = [];
  if (await loading.count())
    problems.push(
      `still loading: ${await loading
        .first()
        .innerText({ timeout: 2_000 })
        .catch(() => '')}`,
    );
  if (!(await heading.isVisible())) {
    const shown = (await main.innerText()).slice(0, 200);
    return [
      ...problems,
      `its heading vanished after the data arrived (main shows: ${JSON.stringify(shown)})`,
    ];
  }
  // A panel that failed to render is caught by its error boundary: the view lives on, but it is a failure.
  for (const crash of await page.getByTestId('crash').allInnerTexts())
    problems.push(`a part failed to render: ${JSON.stringify(crash.split('\n')[0])}`);
  const messages = main.locator('[role="alert"], [role="status"], .page-message');
  const texts = (await messages.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  if (!(await view.content(page).first().isVisible()) && texts.length === 0)
    problems.push('blank: neither its content nor a message');
  for (const text of texts)
    if (RAW.some((r) => r.test(text)))
      problems.push(`message is not plain words: ${JSON.stringify(text.slice(0, 300))}`);
  const shown = await main.innerText();
  for (const r of NONSENSE) if (r.test(shown)) problems.push(`shows ${r.source.replace(/\\b|\\/g, '')}`);
  problems.push(...(await layoutProblems(page)));
  return problems;
}

/**
 * Long or odd text (a 1,200-character name, a word without spaces, right-to-left script) must not break the
 * layout: neither the page nor the view scrolls sideways (the Timeline and Schedule grids scroll inside their own
 * boxes), and no element sticks out of the window.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      out.push(`the page is ${root.scrollWidth - root.clientWidth} px wider than the window`);
    const main = document.querySelector('main');
    if (main && main.scrollWidth > main.clientWidth + 1) {
      const wide = [...main.querySelectorAll<HTMLElement>('*')].find(
        (el) =>
          el.getBoundingClientRect().right > main.getBoundingClientRect().right + 1 &&
          !el.closest('[data-scrolls]'),
      );
      out.push(
        `the view scrolls sideways by ${main.scrollWidth - main.clientWidth} px` +
          (wide ? ` (${wide.tagName.toLowerCase()}.${[...wide.classList].join('.')})` : ''),
      );
    }
    return out;
  });
  return found.map((p) => `layout: ${p}`);
}
