import { dayDiff, nextDay, weekdayOfDay } from '@/api/utc-days';
import { instantOf } from '../zone-clock';
import { DEMO_IDS } from './generate';
import { COUNTRIES, holidaysOf, type Country } from './holidays';
import type { Db } from './open';
import { nowIso } from './open';

/**
 * The demo's planning data, on top of the generated organization: where everyone lives (country, for the
 * holidays), varied working weeks, some time off around today, the public holidays of the countries, and a
 * few milestones per project. Deterministic for a given `today`; runs once per database (a database seeded
 * before this existed gets it on its next start).
 */
export function seedPlanning(db: Db, today: string): void {
  const org = DEMO_IDS.organization;
  const ws = DEMO_IDS.workspace;
  const done = db.prepare("SELECT 1 FROM meta WHERE key = 'planning_seeded_at'").get();
  const demoOrg = db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(org);
  if (done || !demoOrg) return;
  const now = nowIso();
  db.transaction(() => {
    db.prepare("UPDATE workspaces SET timezone = 'Europe/Berlin' WHERE id = ?").run(ws);
    const people = db
      .prepare(
        `SELECT u.id, u.timezone FROM users u JOIN organization_users ou ON ou.user_id = u.id
          WHERE ou.organization_id = ? ORDER BY u.id`,
      )
      .all(org) as { id: number; timezone: string }[];
    const setCountry = db.prepare('UPDATE users SET country = ? WHERE id = ?');
    for (const p of people) setCountry.run(COUNTRY_OF_ZONE[p.timezone] ?? null, p.id);
    seedHolidays(db, today);
    seedWeeks(db, people, now);
    seedTimeOff(db, people, today, now);
    seedMilestones(db, today, now);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('planning_seeded_at', ?)").run(now);
  })();
}

const COUNTRY_OF_ZONE: Record<string, Country> = {
  'Europe/Berlin': 'DE',
  'Europe/London': 'GB',
  'America/New_York': 'US',
  'Asia/Tokyo': 'JP',
  'Europe/Tallinn': 'EE',
};

function seedHolidays(db: Db, today: string): void {
  const insert = db.prepare('INSERT OR IGNORE INTO public_holidays (country, date, name) VALUES (?, ?, ?)');
  const year = Number(today.slice(0, 4));
  for (const country of COUNTRIES)
    for (let y = year - 1; y <= year + 1; y++)
      for (const h of holidaysOf(country, y)) insert.run(country, h.date, h.name);
}

/** Working weeks by person, Sunday first: full time, a four-day week, part-timers, a short Friday. */
const WEEKS: { hours: number[]; start: number }[] = [
  { hours: [0, 8, 8, 8, 8, 8, 0], start: 9 },
  { hours: [0, 8, 8, 8, 8, 0, 0], start: 9 },
  { hours: [0, 4, 4, 4, 4, 4, 0], start: 8 },
  { hours: [0, 8, 8, 8, 8, 8, 0], start: 7 },
  { hours: [0, 0, 8, 8, 8, 0, 0], start: 9 },
  { hours: [0, 8.5, 8.5, 8.5, 8.5, 5, 0], start: 8 },
];

function seedWeeks(db: Db, people: readonly { id: number }[], now: string): void {
  const org = DEMO_IDS.organization;
  db.prepare('DELETE FROM working_hours WHERE organization_id = ?').run(org);
  const insert = db.prepare(
    `INSERT INTO working_hours (organization_id, user_id, weekday, starting_hours, working_hours, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // The per-day number of the users list: a usual working day of the week.
  const perDay = db.prepare(
    'UPDATE organization_users SET working_hours = ? WHERE organization_id = ? AND user_id = ?',
  );
  people.forEach((p, i) => {
    const week = WEEKS[i % WEEKS.length];
    week.hours.forEach((h, weekday) => {
      if (h > 0) insert.run(org, p.id, weekday, week.start, h, now, now);
    });
    perDay.run(Math.max(...week.hours), org, p.id);
  });
}

const mondayOf = (day: string) => nextDay(day, -((weekdayOfDay(day) + 6) % 7));
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Whole days in the person's zone, `[first 00:00, day after last 00:00)`. */
const wholeDays = (first: string, last: string, zone: string) => ({
  start: iso(instantOf(first, 0, zone)),
  end: iso(instantOf(nextDay(last), 0, zone)),
});

function seedTimeOff(
  db: Db,
  people: readonly { id: number; timezone: string }[],
  today: string,
  now: string,
): void {
  const insert = db.prepare(
    `INSERT INTO time_off (organization_id, user_id, start_time, end_time, type, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const monday = mondayOf(today);
  const plan: [index: number, type: string, period: (zone: string) => { start: string; end: string }][] = [
    // The demo user: the Friday of the week after next.
    [0, 'vacation', (z) => wholeDays(nextDay(monday, 18), nextDay(monday, 18), z)],
    // A week's vacation next week, and last week's short one.
    [2, 'vacation', (z) => wholeDays(nextDay(monday, 7), nextDay(monday, 11), z)],
    [7, 'vacation', (z) => wholeDays(nextDay(monday, -5), nextDay(monday, -3), z)],
    // Off sick today; an afternoon off the day after tomorrow (13:00 to 17:00 on their clock).
    [4, 'sick', (z) => wholeDays(today, today, z)],
    [
      6,
      'other',
      (z) => ({
        start: iso(instantOf(nextDay(today, 2), 13 * 60, z)),
        end: iso(instantOf(nextDay(today, 2), 17 * 60, z)),
      }),
    ],
    // Four weeks of parental leave from two weeks on.
    [9, 'parental', (z) => wholeDays(nextDay(monday, 14), nextDay(monday, 41), z)],
  ];
  for (const [index, type, period] of plan) {
    const person = people[index];
    if (!person) continue;
    const { start, end } = period(person.timezone);
    insert.run(DEMO_IDS.organization, person.id, start, end, type, now, now);
  }
}

const FINALE = ['Launch', 'Release', 'Go-live', 'Data freeze', 'Brand launch', 'Findings'];

/** Per project: a kick-off after its start, a review halfway (for its team) and its finale at its end. */
function seedMilestones(db: Db, today: string, now: string): void {
  const projects = db
    .prepare(
      `SELECT p.id, p.color, p.start_date, p.end_date,
              (SELECT pg.group_id FROM project_groups pg WHERE pg.project_id = p.id ORDER BY pg.id LIMIT 1) AS team
         FROM projects p WHERE p.workspace_id = ? AND p.start_date IS NOT NULL AND p.end_date IS NOT NULL
        ORDER BY p.id`,
    )
    .all(DEMO_IDS.workspace) as {
    id: number;
    color: string | null;
    start_date: string;
    end_date: string;
    team: number | null;
  }[];
  const insert = db.prepare(
    `INSERT INTO milestones (workspace_id, name, color, due_date, completed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const toProject = db.prepare('INSERT INTO milestone_projects (milestone_id, project_id) VALUES (?, ?)');
  const toTeam = db.prepare('INSERT INTO milestone_teams (milestone_id, group_id) VALUES (?, ?)');
  projects.forEach((p, i) => {
    const length = dayDiff(p.start_date, p.end_date);
    const steps: [string, string, boolean][] = [
      ['Kick-off', nextDay(p.start_date, 2), false],
      ['Review', nextDay(p.start_date, Math.floor(length / 2)), true],
      [FINALE[i % FINALE.length], p.end_date, false],
    ];
    for (const [name, due, forTeam] of steps) {
      // Past milestones are done, on their day.
      const completed = due < today ? `${due}T15:00:00Z` : null;
      const { lastInsertRowid } = insert.run(
        DEMO_IDS.workspace,
        name,
        p.color ?? '#0b83d9',
        due,
        completed,
        now,
        now,
      );
      toProject.run(lastInsertRowid, p.id);
      if (forTeam && p.team !== null) toTeam.run(lastInsertRowid, p.team);
    }
  });
}
