import type { LoadsByUser } from '@/web/lib/load-model';
import type { Day } from '@/web/lib/time/calendar-day';
import { draggedTaskOf, previewLoads, weekdayCalendar } from './workload-preview';

/** Where a task's estimate lands: its dates, estimate, and the people whose rows hold it. */
export interface Placement {
  start_date: Day;
  end_date: Day;
  estimated_mins: number;
  estimate_type: string | null;
  assignees: number;
  users: number[];
}

interface RowLike {
  id: number;
  tasks: readonly {
    id: number;
    start_date: Day;
    end_date: Day;
    estimated_mins?: number | null;
    estimate_type?: string | null;
    assignee_user_ids?: readonly number[] | null;
  }[];
}

/** The tasks of the People rows, by id (row 0, Unassigned, carries no load). */
export function placementsOf(rows: readonly RowLike[]): Map<number, Placement> {
  const out = new Map<number, Placement>();
  for (const row of rows) {
    for (const t of row.tasks) {
      const p = out.get(t.id) ?? {
        start_date: t.start_date,
        end_date: t.end_date,
        estimated_mins: t.estimated_mins ?? 0,
        estimate_type: t.estimate_type ?? null,
        assignees: draggedTaskOf(t).assignees,
        users: [],
      };
      if (row.id !== 0) p.users.push(row.id);
      out.set(t.id, p);
    }
  }
  return out;
}

const same = (a: Placement, b: Placement) =>
  a.start_date === b.start_date &&
  a.end_date === b.end_date &&
  a.estimated_mins === b.estimated_mins &&
  a.estimate_type === b.estimate_type &&
  a.assignees === b.assignees &&
  a.users.length === b.users.length &&
  a.users.every((u) => b.users.includes(u));

/**
 * The loads as read, with the tasks changed on screen since the read (a drop, a resize, an edit in the
 * panel, each shown at once and rolled back on failure) moved by the same spreading rule: the strip follows
 * a write without reading the capacities again. Tasks that came or went (a filter, a create) are left for
 * the next read.
 */
export function adjustLoads(
  loads: LoadsByUser,
  unit: 'day' | 'week',
  before: ReadonlyMap<number, Placement>,
  after: ReadonlyMap<number, Placement>,
  holidays?: ReadonlyMap<number, ReadonlyMap<Day, string>>,
): LoadsByUser {
  let out: Map<number, ReturnType<LoadsByUser['get']> & object> | null = null;
  for (const [id, now] of after) {
    const was = before.get(id);
    if (!was || same(was, now)) continue;
    out ??= new Map(loads);
    for (const user of new Set([...was.users, ...now.users])) {
      const mine = out.get(user);
      if (!mine) continue;
      const cal = weekdayCalendar(new Set(holidays?.get(user)?.keys() ?? []));
      const dates = (p: Placement) => ({ start_date: p.start_date, end_date: p.end_date });
      let next = mine;
      if (was.users.includes(user)) next = previewLoads(next, unit, was, dates(was), null, cal);
      if (now.users.includes(user)) next = previewLoads(next, unit, now, null, dates(now), cal);
      out.set(user, next);
    }
  }
  return out ?? loads;
}
