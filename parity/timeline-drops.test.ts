import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskGroupPageSchema, type TaskGroup, type TaskGroupType } from '@/api/task-group';
import { createTestApi, type TestApi } from '@/server/local-api/test-harness';
import { applyLandings, planLandings, undoItems } from '@/web/features/timeline/landing-cache';
import { mergeChunks, type MoveItem } from '@/web/features/timeline/timeline-model';
import { addDays } from '@/web/lib/time/calendar-day';

// The browser's optimistic drop (planLandings + applyLandings on the rows it read) must equal what the local
// API holds after the same PATCH, read back, on every row, for each kind of drop; and the undo it works out
// must bring back what was read before.
let api: TestApi;
const today = new Date().toISOString().slice(0, 10);
const range = { start: addDays(today, -40), end: addDays(today, 80) };

beforeAll(async () => {
  api = await createTestApi({ today });
});
afterAll(() => api.close());

/** Every row of a grouping over the range, as the Timeline reads it (every page; id 0 once on users). */
async function read(type: TaskGroupType): Promise<TaskGroup[]> {
  const pages: TaskGroup[][] = [];
  for (let page = 1; page < 20; page++) {
    const res = await api.request({
      method: 'GET',
      url: `${api.wsPath}/tasks/groups/${type}`,
      query: {
        start_date: range.start,
        end_date: range.end,
        page: String(page),
        per_page: '100',
        ...(type === 'users' ? { include_unassigned: 'true' } : {}),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const data = taskGroupPageSchema.parse(res.json()).data;
    pages.push(data);
    if (data.filter((g) => g.id !== 0).length < 100) break;
  }
  return mergeChunks(pages);
}

async function patch(type: TaskGroupType, items: MoveItem[]) {
  const res = await api.request({
    method: 'PATCH',
    url: `${api.wsPath}/tasks/groups/${type}`,
    payload: items,
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** What the view shows of every row: each task's lane, dates, assignees (users) and project (projects). */
function shown(type: TaskGroupType, rows: readonly TaskGroup[]) {
  return Object.fromEntries(
    rows
      .map((g) => [
        g.id,
        g.tasks
          .map((t) =>
            [
              t.id,
              t.weight ?? 0,
              t.start_date,
              t.end_date,
              type === 'users' ? [...(t.assignee_user_ids ?? [])].sort((a, b) => a - b).join(',') : '',
              type === 'projects' ? (t.project_id ?? null) : null,
            ].join('|'),
          )
          .sort(),
      ])
      .filter(([, tasks]) => (tasks as string[]).length > 0),
  );
}

/** Sends `items` and compares the optimistic rows with the server's; then the same for its undo. */
async function dropMatchesServer(type: TaskGroupType, items: MoveItem[]) {
  const before = await read(type);
  const landings = planLandings(type, before, items);
  expect(landings).toHaveLength(items.length);
  const optimistic = applyLandings(before, range, landings);
  await patch(type, items);
  expect(shown(type, optimistic)).toEqual(shown(type, await read(type)));

  const undo = undoItems(type, landings);
  const undone = applyLandings(optimistic, range, planLandings(type, optimistic, undo));
  await patch(type, undo);
  const reread = await read(type);
  expect(shown(type, undone)).toEqual(shown(type, reread));
  expect(shown(type, reread)).toEqual(shown(type, before));
}

const sql = <T>(query: string, ...args: unknown[]) => api.db.prepare(query).all(...args) as T[];
/** Live dated tasks of public projects inside the range, not used by an earlier case. */
const used = new Set<number>();
function pick<T extends { id: number }>(rows: T[]): T {
  const row = rows.find((r) => !used.has(r.id));
  if (!row) throw new Error('no demo task fits');
  used.add(row.id);
  return row;
}
const LIVE = `t.deleted_at IS NULL AND t.archived_at IS NULL AND t.start_date >= '${addDays(today, -30)}'
  AND t.end_date <= '${addDays(today, 60)}' AND (t.project_id IS NULL OR t.project_id IN
  (SELECT id FROM projects WHERE private = 0 AND archived_at IS NULL AND deleted_at IS NULL AND draft = 0))`;
const shift = (t: { start_date: string; end_date: string }, n: number): [string, string] => [
  addDays(t.start_date, n),
  addDays(t.end_date, n),
];
const item = (
  id: number,
  op: 'move' | 'remove',
  source: number | null,
  target: number | null,
  weight: number,
  dates: [string, string],
): MoveItem => ({
  id,
  op,
  source_group_id: source,
  target_group_id: target,
  weight,
  start_date: dates[0],
  end_date: dates[1],
});

interface Assigned {
  id: number;
  user: number;
  start_date: string;
  end_date: string;
}
const assigned = () =>
  sql<Assigned>(
    `SELECT t.id, MIN(a.user_id) AS user, t.start_date, t.end_date FROM tasks t
       JOIN task_assignees a ON a.task_id = t.id WHERE ${LIVE} GROUP BY t.id HAVING COUNT(*) = 1 ORDER BY t.id`,
  );
const otherUser = (not: number[]) =>
  sql<{ id: number }>(
    'SELECT user_id AS id FROM workspace_users WHERE workspace_id = ? ORDER BY user_id',
    api.ws,
  )
    .map((r) => r.id)
    .find((u) => !not.includes(u))!;

describe('optimistic drops equal the server on users', () => {
  it('a move in time and lane (reorder)', async () => {
    const t = pick(assigned());
    await dropMatchesServer('users', [item(t.id, 'move', t.user, t.user, 3, shift(t, 2))]);
  });

  it('a reassignment to another person', async () => {
    const t = pick(assigned());
    await dropMatchesServer('users', [item(t.id, 'move', t.user, otherUser([t.user]), 1, shift(t, -1))]);
  });

  it('adding a person (no source), then moving one copy of the shared task to a third person', async () => {
    const t = pick(assigned());
    const second = otherUser([t.user]);
    await dropMatchesServer('users', [item(t.id, 'move', null, second, 0, shift(t, 0))]);
    await patch('users', [item(t.id, 'move', null, second, 0, shift(t, 0))]);
    await dropMatchesServer('users', [
      item(t.id, 'move', t.user, otherUser([t.user, second]), 2, shift(t, 1)),
    ]);
    await dropMatchesServer('users', [item(t.id, 'move', t.user, second, 4, shift(t, 0))]);
  });

  it('unassigning a shared task (null target) clears every assignee', async () => {
    const t = pick(assigned());
    await patch('users', [item(t.id, 'move', null, otherUser([t.user]), 0, shift(t, 0))]);
    await dropMatchesServer('users', [item(t.id, 'move', t.user, null, 1, shift(t, 1))]);
  });

  it('removing one person of a shared task (op remove) keeps the others', async () => {
    const t = pick(assigned());
    await patch('users', [item(t.id, 'move', null, otherUser([t.user]), 0, shift(t, 0))]);
    await dropMatchesServer('users', [item(t.id, 'remove', t.user, null, 0, shift(t, 2))]);
  });

  it('removing the only person lands the task in the no-assignee group; assigning it again', async () => {
    const t = pick(assigned());
    await dropMatchesServer('users', [item(t.id, 'remove', t.user, null, 0, shift(t, 0))]);
    await patch('users', [item(t.id, 'remove', t.user, null, 0, shift(t, 0))]);
    await dropMatchesServer('users', [item(t.id, 'move', null, otherUser([]), 0, shift(t, 1))]);
  });

  it('several tasks in one PATCH', async () => {
    const [a, b] = [pick(assigned()), pick(assigned())];
    await dropMatchesServer('users', [
      item(a.id, 'move', a.user, otherUser([a.user]), 0, shift(a, 1)),
      item(b.id, 'move', b.user, null, 0, shift(b, 1)),
    ]);
  });
});

describe('optimistic drops equal the server on projects and tags', () => {
  interface Grouped {
    id: number;
    key: number;
    start_date: string;
    end_date: string;
  }
  const inProject = () =>
    sql<Grouped>(`SELECT t.id, t.project_id AS key, t.start_date, t.end_date FROM tasks t
      WHERE ${LIVE} AND t.project_id IS NOT NULL ORDER BY t.id`);
  const inTag = () =>
    sql<Grouped>(`SELECT t.id, MIN(l.tag_id) AS key, t.start_date, t.end_date FROM tasks t
      JOIN task_tags l ON l.task_id = t.id WHERE ${LIVE} GROUP BY t.id ORDER BY t.id`);
  const otherGroup = (table: 'projects' | 'tags', not: number[]) =>
    sql<{ id: number }>(
      `SELECT id FROM ${table} WHERE workspace_id = ? AND deleted_at IS NULL ${
        table === 'projects' ? 'AND private = 0 AND archived_at IS NULL AND draft = 0' : ''
      } ORDER BY id`,
      api.ws,
    )
      .map((r) => r.id)
      .find((id) => !not.includes(id))!;

  it('projects: a reorder and a move to another project', async () => {
    const t = pick(inProject());
    await dropMatchesServer('projects', [item(t.id, 'move', t.key, t.key, 2, shift(t, 1))]);
    const u = pick(inProject());
    await dropMatchesServer('projects', [
      item(u.id, 'move', u.key, otherGroup('projects', [u.key]), 1, shift(u, -2)),
    ]);
  });

  it('tags: a reorder, a move to another tag, onto a tag it has, and a remove', async () => {
    const t = pick(inTag());
    await dropMatchesServer('tags', [item(t.id, 'move', t.key, t.key, 2, shift(t, 1))]);
    const second = otherGroup('tags', [t.key]);
    await dropMatchesServer('tags', [item(t.id, 'move', t.key, second, 0, shift(t, 0))]);
    await patch('tags', [item(t.id, 'move', null, second, 0, shift(t, 0))]);
    await dropMatchesServer('tags', [item(t.id, 'move', t.key, second, 3, shift(t, 0))]);
    await dropMatchesServer('tags', [item(t.id, 'remove', second, null, 0, shift(t, 1))]);
  });
});
