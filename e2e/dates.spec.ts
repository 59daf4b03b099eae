import { expect, openApp, test, type PlannerFixture } from './fixtures';
import { bar, openTimeline, pickTask } from './timeline-helpers';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const us = (day: string) =>
  `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8))}, ${day.slice(0, 4)}`;
const eu = (day: string) =>
  `${Number(day.slice(8))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

/** The demo user's Toggl settings, as Focus's `/users/me/settings` will answer them. */
function setSettings(app: PlannerFixture, date: string, clock: string, weekStart: number) {
  app.planner
    .db!.prepare('UPDATE users SET date_format = ?, time_format = ?, beginning_of_week = ? WHERE id = 1001')
    .run(date, clock, weekStart);
}

/** Monday of the demo data's week (laid around the real today), as YYYY-MM-DD. */
function monday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const project = (app: PlannerFixture) =>
  app.sql<{ start_date: string; end_date: string }>(
    'SELECT start_date, end_date FROM projects WHERE id = 3001',
  )[0];

test('US dates and a 12-hour clock: Projects, the Schedule title, axis and blocks follow them', async ({
  page,
  app,
}) => {
  setSettings(app, 'US', '12h', 1);
  const p = project(app);
  await openApp(page, '/projects');
  await expect(page.locator('[data-project-id="3001"]')).toContainText(
    `${us(p.start_date)} – ${us(p.end_date)}`,
  );
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Week of ${us(monday())}`) })).toBeVisible();
  await expect(page.locator('.sch-tick').first()).toHaveText(/^\d{1,2} (AM|PM)$/);
  await expect(page.locator('.sch-day').first()).toHaveText(/^Mon, [A-Z][a-z]{2} \d{1,2}$/);
  await expect(page.getByTestId('time-block').first()).toHaveAttribute('aria-label', /\d:\d\d (AM|PM)–/);
});

test('EU and ISO dates with a 24-hour clock', async ({ page, app }) => {
  setSettings(app, 'EU', '24h', 1);
  const p = project(app);
  await openApp(page, '/projects');
  await expect(page.locator('[data-project-id="3001"]')).toContainText(
    `${eu(p.start_date)} – ${eu(p.end_date)}`,
  );
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Week of ${eu(monday())}`) })).toBeVisible();
  await expect(page.locator('.sch-tick').first()).toHaveText(/^\d\d:00$/);
  await expect(page.locator('.sch-day').first()).toHaveText(/^Mon \d{1,2} [A-Z][a-z]{2}$/);

  setSettings(app, 'ISO', '24h', 1);
  await page.goto('/projects');
  await expect(page.locator('[data-project-id="3001"]')).toContainText(`${p.start_date} – ${p.end_date}`);
});

for (const [weekStart, expected] of [
  [0, 'the coming work week'],
  [1, 'the past work week'],
] as const) {
  test(`on a Sunday, weeks starting on ${weekStart ? 'Monday' : 'Sunday'} open ${expected}`, async ({
    page,
    app,
  }) => {
    setSettings(app, 'ISO', '24h', weekStart);
    const thisMonday = monday();
    const sunday = new Date(Date.parse(`${thisMonday}T12:00:00Z`) - 86_400_000);
    await page.clock.setFixedTime(sunday);
    await openApp(page, '/schedule');
    const shown =
      weekStart === 0 ? thisMonday : new Date(sunday.getTime() - 6 * 86_400_000).toISOString().slice(0, 10);
    await expect(page.getByRole('heading', { name: new RegExp(`Week of ${shown}`) })).toBeVisible();
  });
}

/** "Dec 5" (US), "5 Dec" (EU), "12-05" (ISO): a day within the year as the user writes it. */
const short = {
  US: (d: string) => us(d).replace(/, \d{4}$/, ''),
  EU: (d: string) => eu(d).replace(/ \d{4}$/, ''),
  ISO: (d: string) => d.slice(5),
};

for (const format of ['US', 'EU', 'ISO'] as const)
  test(`the Timeline names days as the user writes them: ${format}`, async ({ page, app }) => {
    setSettings(app, format, '24h', 1);
    const t = pickTask(app);
    await openTimeline(page, 'users', t.start_date);
    // A bar's name (its accessible name and its title) gives its dates.
    await expect(bar(page, t.id).first()).toHaveAttribute(
      'aria-label',
      new RegExp(`, ${short[format](t.start_date)} – ${short[format](t.end_date)}[,]?`),
    );
    // The workload strip under a person's bars names its days the same way.
    const cell = page.locator('[data-testid="workload-strip"] [data-date]').first();
    const date = (await cell.getAttribute('data-date'))!;
    const weekday = new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
      weekday: 'short',
      timeZone: 'UTC',
    });
    const named = {
      US: `${weekday}, ${short.US(date)}`,
      EU: `${weekday} ${short.EU(date)}`,
      ISO: `${weekday} ${short.ISO(date)}`,
    };
    await expect(cell).toHaveAttribute('aria-label', new RegExp(`^${named[format]}: `));
    // The month zoom's ticks are the Mondays.
    await page
      .getByRole('toolbar', { name: 'Timeline' })
      .getByRole('button', { name: 'Month', exact: true })
      .click();
    await expect(page).toHaveURL(/zoom=month/);
    // Read until the header has been drawn again for the month zoom (the URL changes first; read at once, the
    // first tick was once still the week zoom's, a Thursday): then the first tick is a Monday, named as the user
    // writes days.
    const tick = page.locator('.tl-tick').first();
    await expect
      .poll(async () => {
        const day = await tick.getAttribute('data-day');
        if (!day || !/^\d{4}-\d\d-\d\d$/.test(day)) return null;
        const text = (await tick.textContent())?.trim();
        return { monday: new Date(`${day}T12:00:00Z`).getUTCDay() === 1, named: text === short[format](day) };
      })
      .toEqual({ monday: true, named: true });
  });
