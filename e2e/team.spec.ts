import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, requestsTo, test, type PlannerFixture } from './fixtures';
import {
  berlinInstant,
  berlinToday,
  capacityOf,
  clearAvailability,
  DEMO,
  mondayOf,
  openSchedule,
  shiftDay,
} from './capacity-helpers';

const PERSON = 1003; // Chiara Şahin, a member
const hoursPath = (userId: number) => new RegExp(`/workinghours/users/${userId}$`);
const timeOffPath = (userId: number) => new RegExp(`/timeoff/users/${userId}$`);
const capacities = /\/capacities\/users$/;
const writes = (log: Parameters<typeof requestsTo>[0]) => log.filter((r) => r.method() !== 'GET');

async function openEditor(page: Page, name: string) {
  await page.getByRole('button', { name: `Week and time off of ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Working week and time off of ${name}` });
  await expect(dialog.getByLabel('Monday')).toBeVisible();
  return dialog;
}

async function expectNoSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const mondayHours = (app: PlannerFixture, userId: number) =>
  app.sql<{ working_hours: number }>(
    'SELECT working_hours FROM working_hours WHERE user_id = ? AND weekday = 1',
    userId,
  )[0]?.working_hours;

test('edit a working week: one request, kept after a reload, and the Schedule counts with it', async ({
  page,
  app,
  apiLog,
}) => {
  const monday = mondayOf(berlinToday());
  clearAvailability(app, DEMO, monday);
  // The Schedule has read this week's capacities before the change.
  await openSchedule(page);
  await expect(capacityOf(page, DEMO, monday)).toContainText('/ 8 h');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  let dialog = await openEditor(page, 'Demo Planner');
  const field = dialog.getByLabel('Monday');
  await expect(field).toHaveValue('8');

  // Checked before anything is sent, in plain words beside the field.
  await field.fill('25');
  await field.press('Enter');
  await expect(dialog.getByText('A day has at most 24 hours.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(writes(apiLog)).toHaveLength(0);

  await field.fill('6');
  await field.press('Enter');
  await expect.poll(() => mondayHours(app, DEMO)).toBe(6);
  await expect(dialog.getByText('38 h a week')).toBeVisible();
  const sent = writes(apiLog);
  expect(sent.map((r) => r.method())).toEqual(['PUT']);
  expect(new URL(sent[0].url()).pathname).toMatch(hoursPath(DEMO));
  const [item] = sent[0].postDataJSON() as { working_hour_id: number; working_hours: number }[];
  expect(item.working_hours).toBe(6);
  await expect(field).toBeFocused();

  await page.reload();
  dialog = await openEditor(page, 'Demo Planner');
  await expect(dialog.getByLabel('Monday')).toHaveValue('6');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await openSchedule(page);
  await expect(capacityOf(page, DEMO, monday)).toContainText('/ 6 h');
  await expect(capacityOf(page, DEMO, shiftDay(monday, 1))).toContainText('/ 8 h');
});

test('a refused working-week change is rolled back with the reason; the next one is sent as usual', async ({
  page,
  app,
  apiLog,
}) => {
  await openApp(page, '/team');
  const dialog = await openEditor(page, 'Chiara Şahin');
  app.faults.fail({ method: 'PUT', path: hoursPath(PERSON), status: 500, message: 'hours store is down' });
  const tuesday = dialog.getByLabel('Tuesday');
  await tuesday.fill('7');
  await tuesday.press('Tab');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Saving Tuesday: 7 h failed and was undone: hours store is down' }),
  ).toBeVisible();
  await expect(tuesday).toHaveValue('4');
  await tuesday.fill('5');
  await tuesday.press('Enter');
  await expect
    .poll(() => app.sql('SELECT working_hours FROM working_hours WHERE user_id = ? AND weekday = 2', PERSON))
    .toEqual([{ working_hours: 5 }]);
  expect(writes(apiLog).map((r) => r.method())).toEqual(['PUT', 'PUT']);
});

test("closing the editor right after typing saves the day and the person's month load follows", async ({
  page,
  app,
  apiLog,
}) => {
  await openApp(page, '/team');
  const load = page.locator(`[data-testid="team-member"][data-user-id="${DEMO}"] [data-testid="load"]`);
  await expect(load).toBeVisible();
  const before = await load.innerText();
  const dialog = await openEditor(page, 'Demo Planner');
  await dialog.getByLabel('Wednesday').fill('0');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => app.sql('SELECT working_hours FROM working_hours WHERE user_id = ? AND weekday = 3', DEMO))
    .toEqual([{ working_hours: 0 }]);
  expect(writes(apiLog).map((r) => r.method())).toEqual(['PUT']);
  await expect(load).not.toHaveText(before);
});

test('add a time off: one request, kept after a reload; wrong days are explained, not sent', async ({
  page,
  app,
  apiLog,
}) => {
  // The week after next: next week Chiara is on vacation (the demo's seed).
  const next = shiftDay(mondayOf(berlinToday()), 14);
  const [wednesday, thursday] = [shiftDay(next, 2), shiftDay(next, 3)];
  await openApp(page, '/team');
  const dialog = await openEditor(page, 'Chiara Şahin');
  const form = dialog.getByRole('form', { name: 'Add time off' });
  // Next week overlaps her vacation.
  await form.getByLabel('First day').fill(shiftDay(next, -5));
  await form.getByLabel('Last day').fill(shiftDay(next, -4));
  await form.getByRole('button', { name: 'Add time off' }).click();
  await expect(form.getByText(/This overlaps the time off of/)).toBeVisible();
  await form.getByLabel('Type').selectOption('sick');
  await form.getByLabel('First day').fill(thursday);
  await form.getByLabel('Last day').fill(wednesday);
  await form.getByRole('button', { name: 'Add time off' }).click();
  await expect(form.getByText('The last day cannot be before the first day.')).toBeVisible();
  expect(writes(apiLog)).toHaveLength(0);

  await form.getByLabel('First day').fill(wednesday);
  await form.getByLabel('Last day').fill(thursday);
  await form.getByRole('button', { name: 'Add time off' }).click();
  const expected = {
    start_time: berlinInstant(wednesday, 0),
    end_time: berlinInstant(shiftDay(thursday, 1), 0),
    type: 'sick',
  };
  await expect
    .poll(() =>
      app.sql(
        'SELECT start_time, end_time, type FROM time_off WHERE user_id = ? AND type = ?',
        PERSON,
        'sick',
      ),
    )
    .toEqual([expected]);
  const sent = writes(apiLog);
  expect(sent.map((r) => r.method())).toEqual(['POST']);
  expect(new URL(sent[0].url()).pathname).toMatch(timeOffPath(PERSON));
  expect(sent[0].postDataJSON()).toEqual([expected]);

  await page.reload();
  const again = await openEditor(page, 'Chiara Şahin');
  const entry = again.getByRole('group', { name: /Time off sick leave/ });
  await expect(entry.getByLabel(/First day/)).toHaveValue(wednesday);
  await expect(entry.getByLabel(/Last day/)).toHaveValue(thursday);
});

test('change and delete a time off: one request each; a refused change is rolled back', async ({
  page,
  app,
  apiLog,
}) => {
  await openApp(page, '/team');
  const dialog = await openEditor(page, 'Chiara Şahin');
  const [seeded] = app.sql<{ timeoff_id: number; type: string }>(
    'SELECT timeoff_id, type FROM time_off WHERE user_id = ?',
    PERSON,
  );
  const entry = dialog.locator(`[data-timeoff-id="${seeded.timeoff_id}"]`);
  await entry.getByLabel(/^Type/).selectOption('other');
  await entry.getByRole('button', { name: /^Save/ }).click();
  await expect
    .poll(() => app.sql('SELECT type FROM time_off WHERE timeoff_id = ?', seeded.timeoff_id))
    .toEqual([{ type: 'other' }]);
  expect(writes(apiLog).map((r) => r.method())).toEqual(['PUT']);

  app.faults.fail({
    method: 'PUT',
    path: timeOffPath(PERSON),
    status: 500,
    message: 'time off store is down',
  });
  await entry.getByLabel(/^Type/).selectOption('parental');
  await entry.getByRole('button', { name: /^Save/ }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'failed and was undone: time off store is down' }),
  ).toBeVisible();
  await expect(entry.getByLabel(/^Type/)).toHaveValue('other');

  await entry.getByRole('button', { name: /^Delete/ }).click();
  await expect(entry).toHaveCount(0);
  await expect
    .poll(() => app.sql('SELECT 1 FROM time_off WHERE timeoff_id = ?', seeded.timeoff_id))
    .toEqual([]);
  expect(writes(apiLog).map((r) => r.method())).toEqual(['PUT', 'PUT', 'DELETE']);
  expect(writes(apiLog)[2].postDataJSON()).toEqual([seeded.timeoff_id]);

  // The month's loads are read again once, when the editor closes, however many changes it saw.
  const reads = requestsTo(apiLog, 'GET', capacities).length;
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => requestsTo(apiLog, 'GET', capacities).length).toBe(reads + 1);
});

test("everyone's month load in one request, the dialog by keyboard, and no axe violations", async ({
  page,
  apiLog,
}) => {
  await openApp(page, '/team');
  await expect(page.getByTestId('load').first()).toBeVisible();
  expect(requestsTo(apiLog, 'GET', capacities)).toHaveLength(1);
  const read = new URL(requestsTo(apiLog, 'GET', capacities)[0].url());
  expect(read.searchParams.get('unit')).toBe('month');
  expect(read.searchParams.get('user_id')!.split(',')).toHaveLength(12);
  await expectNoSeriousAxe(page);

  await page.getByRole('button', { name: 'Next month' }).click();
  await expect.poll(() => requestsTo(apiLog, 'GET', capacities).length).toBe(2);

  const open = page.getByRole('button', { name: 'Week and time off of Chiara Şahin' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Working week and time off of Chiara Şahin' });
  await expect(dialog.getByLabel('Monday')).toBeVisible();
  await expect(dialog.getByTestId('time-off')).not.toHaveCount(0);
  await expectNoSeriousAxe(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  // Nothing was changed: closing costs no read.
  expect(requestsTo(apiLog, 'GET', capacities)).toHaveLength(2);
});

test('a time off Toggl sent as plain days saves with its days unchanged: they are sent as the instants they name', async ({
  page,
  app,
  apiLog,
}) => {
  await page.route(
    (url) => timeOffPath(PERSON).test(url.pathname),
    async (route) => {
      if (route.request().method() !== 'GET') return route.fallback();
      const response = await route.fetch();
      const list = (await response.json()) as { start_time: string; end_time: string }[];
      const days = list.map((e) => ({
        ...e,
        start_time: e.start_time.slice(0, 10),
        end_time: e.end_time.slice(0, 10),
      }));
      await route.fulfill({ response, json: days });
    },
  );
  await openApp(page, '/team');
  const dialog = await openEditor(page, 'Chiara Şahin');
  const [seeded] = app.sql<{ timeoff_id: number; start_time: string; end_time: string }>(
    'SELECT timeoff_id, start_time, end_time FROM time_off WHERE user_id = ?',
    PERSON,
  );
  const entry = dialog.locator(`[data-timeoff-id="${seeded.timeoff_id}"]`);
  await entry.getByLabel(/^Type/).selectOption('sick');
  await entry.getByRole('button', { name: /^Save/ }).click();
  await expect
    .poll(() => app.sql('SELECT type FROM time_off WHERE timeoff_id = ?', seeded.timeoff_id))
    .toEqual([{ type: 'sick' }]);
  const [put] = writes(apiLog);
  expect(put.method()).toBe('PUT');
  expect(put.postDataJSON()).toEqual([
    expect.objectContaining({
      timeoff_id: seeded.timeoff_id,
      start_time: `${seeded.start_time.slice(0, 10)}T00:00:00Z`,
      end_time: `${seeded.end_time.slice(0, 10)}T00:00:00Z`,
    }),
  ]);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
