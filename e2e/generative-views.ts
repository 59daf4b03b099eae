import { expect, type Locator, type Page } from '@playwright/test';

export interface View {
  name: string;
  path: string;
  heading: RegExp;
  /** What the view shows when it has its data (any of these visible). */
  content: (page: Page) => Locator;
}

/** Every view of the planner; Members is added per seed with a project id the Projects view showed. */
export const VIEWS: View[] = [
  ...(['users', 'projects', 'tags'] as const).map((group) => ({
    name: `Timeline by ${group}`,
    path: `/timeline?group=${group}`,
    heading: /^Timeline$/,
    content: (p: Page) => p.getByTestId('timeline-scroll'),
  })),
  {
    name: 'Schedule',
    path: '/schedule',
    heading: /.+/,
    content: (p) => p.getByTestId('schedule-grid').or(p.getByText('No tasks match.')),
  },
  {
    name: 'Projects',
    path: '/projects',
    heading: /^Projects$/,
    content: (p) => p.getByTestId('project-row').or(p.getByText('No project matches these filters.')),
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
 * Opens one view and returns what is wrong with it, in words: no heading, stuck loading, neither content nor a
 * message, a message with raw schema or error text, or nonsense values on screen.
 */
export async function problemsOf(page: Page, view: View): Promise<string[]> {
  await page.goto(view.path);
  const main = page.locator('main');
  const heading = main.getByRole('heading', { level: 1 });
  // The heading, or an app-level message instead of the view (then there is no point waiting longer).
  await expect(heading.or(main.locator('[role="alert"]')).first())
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
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
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
  const messages = main.locator('[role="alert"], .page-message');
  const texts = (await messages.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  if (!(await view.content(page).first().isVisible()) && texts.length === 0)
    problems.push('blank: neither its content nor a message');
  for (const text of texts)
    if (RAW.some((r) => r.test(text)))
      problems.push(`message is not plain words: ${JSON.stringify(text.slice(0, 300))}`);
  const shown = await main.innerText();
  for (const r of NONSENSE) if (r.test(shown)) problems.push(`shows ${r.source.replace(/\\b|\\/g, '')}`);
  return problems;
}
