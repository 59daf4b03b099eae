import type { Page } from '@playwright/test';
import { expect, openApp, type PlannerFixture } from './fixtures';

// Helpers of the capacity specs (Schedule and Team). The browser and the demo user are in Europe/Berlin.

export const DEMO = 1001; // Germany, Monday to Friday, 8 h from 09:00
export const FOUR_DAYS = 1002; // Monday to Thursday
export const ZONE = 'Europe/Berlin';

/** Today in Berlin, and the Monday of its week. */
export function berlinToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
}
export function shiftDay(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return shiftDay(day, -((weekday + 6) % 7));
}

/** The UTC instant of a Berlin wall-clock time, as the API stores it (`...Z`, whole seconds). */
export function berlinInstant(day: string, hour: number): string {
  const guess = Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(guess))
    .find((p) => p.type === 'timeZoneName')!.value; // "GMT+1" / "GMT+2"
  const offsetHours = Number(name.replace('GMT', '') || 0);
  return new Date(guess - offsetHours * 3_600_000).toISOString().replace('.000Z', 'Z');
}

/** Writes straight to the test's database (what no route of the planner writes, or a known state). */
export function exec(app: PlannerFixture, sql: string, ...args: unknown[]) {
  app.planner.db!.prepare(sql).run(...args);
}

/** A time off of the person from one instant to another (as the Team page would write it). */
export function addTimeOff(app: PlannerFixture, userId: number, from: string, to: string, type = 'other') {
  const stamp = '2026-01-01T00:00:00.000000Z';
  exec(
    app,
    `INSERT INTO time_off (organization_id, user_id, start_time, end_time, type, created_at, updated_at)
     VALUES (4100, ?, ?, ?, ?, ?, ?)`,
    userId,
    from,
    to,
    type,
    stamp,
    stamp,
  );
}

/** A clean slate for one person: no time off, and no holidays in their country this and next week. */
export function clearAvailability(app: PlannerFixture, userId: number, monday: string) {
  exec(app, 'DELETE FROM time_off WHERE user_id = ?', userId);
  exec(
    app,
    'DELETE FROM public_holidays WHERE country = (SELECT country FROM users WHERE id = ?) AND date BETWEEN ? AND ?',
    userId,
    monday,
    shiftDay(monday, 13),
  );
}

export async function openSchedule(page: Page) {
  await openApp(page, '/schedule');
  await expect(page.getByTestId('schedule-row').first()).toBeVisible();
}

/** The Schedule's capacity label of a person's day (the People rows, week span). */
export const capacityOf = (page: Page, userId: number, day: string) =>
  page.locator(`[data-row="u${userId}"] [data-testid="capacity"][data-day="${day}"]`);
