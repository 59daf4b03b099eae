import { expect, requestsTo, test } from './fixtures';
import {
  berlinInstant,
  berlinToday,
  capacityOf,
  addTimeOff,
  clearAvailability,
  DEMO,
  exec,
  FOUR_DAYS,
  mondayOf,
  openSchedule,
  shiftDay,
} from './capacity-helpers';

const capacities = /\/capacities\/users$/;

test("a day's capacity is that weekday's hours minus time off and holidays, one read per week", async ({
  page,
  app,
  apiLog,
}) => {
  const monday = mondayOf(berlinToday());
  const [tuesday, wednesday, thursday, friday] = [1, 2, 3, 4].map((n) => shiftDay(monday, n));
  clearAvailability(app, DEMO, monday);
  clearAvailability(app, FOUR_DAYS, monday);
  // An afternoon off on Tuesday (13:00-17:00 Berlin), all of Wednesday off, a public holiday on Thursday.
  addTimeOff(app, DEMO, berlinInstant(tuesday, 13), berlinInstant(tuesday, 17));
  addTimeOff(app, DEMO, berlinInstant(wednesday, 0), berlinInstant(thursday, 0), 'sick');
  exec(app, "INSERT INTO public_holidays (country, date, name) VALUES ('DE', ?, 'A test holiday')", thursday);

  await openSchedule(page);
  await expect(capacityOf(page, DEMO, monday)).toContainText('/ 8 h');
  await expect(capacityOf(page, DEMO, tuesday)).toContainText('/ 4 h');
  await expect(capacityOf(page, DEMO, tuesday)).toContainText('4 h time off');
  await expect(capacityOf(page, DEMO, wednesday)).toContainText('/ off');
  await expect(capacityOf(page, DEMO, wednesday)).toContainText('time off all day');
  await expect(capacityOf(page, DEMO, thursday)).toHaveAttribute('data-off', 'true');
  await expect(capacityOf(page, DEMO, thursday)).toContainText('not a working day');
  // A four-day week: no Friday.
  await expect(capacityOf(page, FOUR_DAYS, thursday)).toContainText('/ 8 h');
  await expect(capacityOf(page, FOUR_DAYS, friday)).toContainText('/ off');

  // Everyone's days of the visible week in one request; the next week costs one more, coming back none.
  expect(requestsTo(apiLog, 'GET', capacities)).toHaveLength(1);
  const read = new URL(requestsTo(apiLog, 'GET', capacities)[0].url());
  expect(read.searchParams.get('start_date')).toBe(monday);
  expect(read.searchParams.get('end_date')).toBe(friday);
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(capacityOf(page, DEMO, shiftDay(monday, 7))).toContainText('/');
  expect(requestsTo(apiLog, 'GET', capacities)).toHaveLength(2);
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(capacityOf(page, DEMO, tuesday)).toContainText('/ 4 h');
  expect(requestsTo(apiLog, 'GET', capacities)).toHaveLength(2);
});

test("opened from the Timeline, the Schedule takes the week's capacity from the People strips' read: no request of its own, the same numbers", async ({
  page,
  app,
  apiLog,
}) => {
  const monday = mondayOf(berlinToday());
  const tuesday = shiftDay(monday, 1);
  clearAvailability(app, DEMO, monday);
  addTimeOff(app, DEMO, berlinInstant(tuesday, 13), berlinInstant(tuesday, 17));
  await page.goto('/timeline?group=users&zoom=week');
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  // The strips' read of the data window (every person with a row) is in.
  await expect(page.getByTestId('workload-strip').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const read = requestsTo(apiLog, 'GET', capacities).length;
  expect(read).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(capacityOf(page, DEMO, monday)).toContainText('/ 8 h');
  await expect(capacityOf(page, DEMO, tuesday)).toContainText('/ 4 h');
  await expect(capacityOf(page, DEMO, tuesday)).toContainText('4 h time off');
  await page.waitForLoadState('networkidle');
  expect(requestsTo(apiLog, 'GET', capacities)).toHaveLength(read);

  // Opened on its own, it reads the week (one request) and shows the same.
  await page.reload();
  await expect(capacityOf(page, DEMO, tuesday)).toContainText('4 h time off');
  await expect(capacityOf(page, DEMO, monday)).toContainText('/ 8 h');
  expect(requestsTo(apiLog, 'GET', capacities)).toHaveLength(read + 1);
});
