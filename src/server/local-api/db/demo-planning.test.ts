import { describe, expect, it } from 'vitest';
import { ensureDemoData } from './demo';
import { openDatabase, type Db } from './open';

const TODAY = '2026-03-18'; // a Wednesday

function seeded(): Db {
  const db = openDatabase(':memory:');
  ensureDemoData(db, TODAY);
  return db;
}
/** Every planning row, without the write stamps (which are the clock's). */
function planningRows(db: Db) {
  const rows = (sql: string) => db.prepare(sql).all();
  return {
    hours: rows(
      'SELECT user_id, weekday, starting_hours, working_hours FROM working_hours ORDER BY user_id, weekday',
    ),
    timeOff: rows('SELECT user_id, start_time, end_time, type FROM time_off ORDER BY timeoff_id'),
    holidays: rows('SELECT * FROM public_holidays ORDER BY country, date, name'),
    milestones: rows('SELECT id, name, color, due_date, completed_at FROM milestones ORDER BY id'),
    links: rows('SELECT * FROM milestone_projects ORDER BY milestone_id'),
    countries: rows('SELECT id, country FROM users ORDER BY id'),
  };
}

describe('the demo planning seed', () => {
  it('is deterministic for a given today', () => {
    expect(planningRows(seeded())).toEqual(planningRows(seeded()));
  });

  it('gives varied working weeks: full time, a four-day week and part-timers', () => {
    const db = seeded();
    const rows = db
      .prepare('SELECT user_id, weekday, working_hours FROM working_hours ORDER BY user_id, weekday')
      .all() as { user_id: number; weekday: number; working_hours: number }[];
    const byUser = new Map<number, string[]>();
    for (const r of rows)
      byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), `${r.weekday}:${r.working_hours}`]);
    const weeks = [...byUser.values()].map((days) => ({ week: days.join(' ') }));
    const patterns = new Set(weeks.map((w) => w.week));
    expect(patterns).toContain('1:8 2:8 3:8 4:8 5:8');
    expect(patterns).toContain('1:8 2:8 3:8 4:8');
    expect(patterns).toContain('1:4 2:4 3:4 4:4 5:4');
    expect(weeks).toHaveLength(12);
    // The per-day number of the users list agrees with the week.
    const perDay = db
      .prepare('SELECT working_hours FROM organization_users WHERE user_id = 1003')
      .pluck()
      .get();
    expect(perDay).toBe(4);
  });

  it('books vacation and sick days, and the holidays of every country the team lives in', () => {
    const db = seeded();
    const types = db.prepare('SELECT DISTINCT type FROM time_off ORDER BY type').pluck().all();
    expect(types).toEqual(['other', 'parental', 'sick', 'vacation']);
    const sick = db.prepare("SELECT start_time, end_time FROM time_off WHERE type = 'sick'").get();
    // Today, a whole day in Tallinn (UTC+2 in March).
    expect(sick).toEqual({ start_time: '2026-03-17T22:00:00Z', end_time: '2026-03-18T22:00:00Z' });
    const countries = db
      .prepare('SELECT DISTINCT country FROM users WHERE country IS NOT NULL ORDER BY 1')
      .pluck()
      .all();
    expect(countries).toEqual(['DE', 'EE', 'GB', 'JP', 'US']);
    const holidayCountries = db
      .prepare('SELECT DISTINCT country FROM public_holidays ORDER BY 1')
      .pluck()
      .all();
    expect(holidayCountries).toEqual(countries);
    expect(
      db
        .prepare("SELECT name FROM public_holidays WHERE country = 'DE' AND date = '2026-04-03'")
        .pluck()
        .get(),
    ).toBe('Karfreitag');
  });

  it('gives every project a few milestones, the past ones done', () => {
    const db = seeded();
    const perProject = db
      .prepare('SELECT COUNT(*) FROM milestone_projects GROUP BY project_id')
      .pluck()
      .all() as number[];
    expect(perProject).toHaveLength(6);
    expect(perProject.every((n) => n >= 2)).toBe(true);
    const open = db
      .prepare('SELECT COUNT(*) FROM milestones WHERE due_date < ? AND completed_at IS NULL')
      .pluck();
    expect(open.get(TODAY)).toBe(0);
  });

  it('runs once: a restart keeps what users changed since', () => {
    const db = seeded();
    db.prepare('DELETE FROM time_off').run();
    ensureDemoData(db, TODAY);
    expect(db.prepare('SELECT COUNT(*) FROM time_off').pluck().get()).toBe(0);
  });
});
