import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskGroupPageSchema, type TaskGroupPage } from '@/api/task-group';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
let privateProject: number;
let outsider: number;

beforeAll(async () => {
  api = await createTestApi();
  ({ privateProject, outsider } = api.privateProjectAndOutsider());
});
afterAll(() => api.close());

async function get(group: string, query = '', auth?: string): Promise<TaskGroupPage> {
  const res = await api.request({
    url: `${api.wsPath}/tasks/groups/${group}?${query.includes('per_page') ? '' : 'per_page=100&'}${query}`,
    headers: auth ? { authorization: auth } : undefined,
  });
  expect(res.statusCode, res.body).toBe(200);
  return taskGroupPageSchema.parse(res.json());
}

/** (group id, task id) pairs of a response, sorted. */
const pairs = (page: TaskGroupPage) => page.data.flatMap((g) => g.tasks.map((t) => `${g.id}:${t.id}`)).sort();

/** Expected (user group, task) pairs from the DB for live dated tasks matching `cond`. */
function expectedUserPairs(cond: string, ...args: unknown[]): string[] {
  const rows = api.db
    .prepare(
      `SELECT COALESCE(a.user_id, 0) AS g, t.id FROM tasks t LEFT JOIN projects p ON p.id = t.project_id
         LEFT JOIN task_assignees a ON a.task_id = t.id
        WHERE t.workspace_id = 5200 AND t.deleted_at IS NULL AND t.archived_at IS NULL
          AND t.start_date IS NOT NULL AND (${cond})`,
    )
    .all(...args) as { g: number; id: number }[];
  return rows.map((r) => `${r.g}:${r.id}`).sort();
}

describe('GET /tasks/groups/{group}', () => {
  it('users: every workspace member, no group 0 unless asked; entries carry the lane weight', async () => {
    const page = await get('users');
    const members = (
      api.db.prepare('SELECT user_id FROM workspace_users WHERE workspace_id = 5200').all() as {
        user_id: number;
      }[]
    ).map((r) => r.user_id);
    expect(page.data.map((g) => g.id).sort()).toEqual(members.sort());
    expect(page.data.every((g) => g.name === null && g.type === 'users')).toBe(true);
    expect(pairs(page)).toEqual(expectedUserPairs('1').filter((p) => !p.startsWith('0:')));
    const lane = api.db.prepare(
      "SELECT weight FROM task_lanes WHERE task_id = ? AND group_type = 'users' AND group_key = ?",
    );
    const withNone = await get('users', 'include_unassigned=true');
    for (const g of withNone.data)
      for (const t of g.tasks) expect(t.weight).toBe((lane.get(t.id, g.id) as { weight: number }).weight);
    expect((await get('users', 'include_unassigned=false')).data.map((g) => g.id)).not.toContain(0);
  });

  it('users with include_unassigned=true: the no-assignee group (id 0) is appended, holding the unassigned tasks', async () => {
    const page = await get('users', 'include_unassigned=true');
    expect(page.data.at(-1)).toMatchObject({ id: 0, name: null, type: 'users' });
    expect(page.data.filter((g) => g.id === 0)).toHaveLength(1);
    expect(pairs(page)).toEqual(expectedUserPairs('1'));
    expect(page.data.at(-1)!.tasks.length).toBeGreaterThan(0);
  });

  it('the no-assignee group comes with every non-empty page, outside the user paging', async () => {
    const members = api.db
      .prepare('SELECT COUNT(*) AS n FROM workspace_users WHERE workspace_id = 5200')
      .get() as {
      n: number;
    };
    const pages: TaskGroupPage[] = [];
    for (let n = 1; n <= Math.ceil(members.n / 3) + 1; n++) {
      pages.push(await get('users', `per_page=3&page=${n}&include_unassigned=true`));
    }
    const last = pages.pop()!;
    expect(last.data).toEqual([]);
    for (const page of pages) {
      expect(page.data.at(-1)?.id).toBe(0);
      expect(page.data.filter((g) => g.id !== 0).length).toBeLessThanOrEqual(3);
      // Every copy is the same group.
      expect(page.data.at(-1)).toEqual(pages[0].data.at(-1));
    }
    const users = pages.flatMap((p) => p.data.filter((g) => g.id !== 0).map((g) => g.id));
    expect(users).toHaveLength(members.n);
    expect(users).toEqual((await get('users')).data.map((g) => g.id));
  });

  it('the no-assignee group follows the filters and exclude_empty, and exists only for users', async () => {
    const none = (page: TaskGroupPage) => page.data.find((g) => g.id === 0);
    // Assignee filters leave no unassigned task in it; exclude_empty then drops it.
    expect(none(await get('users', 'include_unassigned=true&assignee_user_id=1002'))?.tasks).toEqual([]);
    expect(
      none(await get('users', 'include_unassigned=true&assignee_user_id=1002&exclude_empty=true')),
    ).toBeUndefined();
    expect(
      none(await get('users', 'include_unassigned=true&exclude_empty=true'))?.tasks.length,
    ).toBeGreaterThan(0);
    for (const group of ['projects', 'tags']) {
      expect(none(await get(group, 'include_unassigned=true'))).toBeUndefined();
    }
  });

  it('projects and tags: every group is a project or tag; a task without one is in no group', async () => {
    const projects = await get('projects');
    const names = api.db
      .prepare('SELECT id, name FROM projects WHERE workspace_id = 5200 AND deleted_at IS NULL ORDER BY name')
      .all() as { id: number; name: string }[];
    expect(projects.data.map((g) => g.id)).toEqual(names.map((p) => p.id));
    expect(projects.data.map((g) => g.name)).toEqual(names.map((p) => p.name));
    const noProject = api.db
      .prepare(
        'SELECT id FROM tasks WHERE project_id IS NULL AND start_date IS NOT NULL AND deleted_at IS NULL',
      )
      .pluck()
      .all() as number[];
    expect(noProject.length).toBeGreaterThan(0);
    const listed = new Set(projects.data.flatMap((g) => g.tasks.map((t) => t.id)));
    expect(noProject.filter((id) => listed.has(id))).toEqual([]);
    const tags = await get('tags');
    expect(tags.data.map((g) => g.id).sort()).toEqual(
      (api.db.prepare('SELECT id FROM tags').pluck().all() as number[]).sort(),
    );
    const tagPairs = (
      api.db
        .prepare(
          'SELECT tt.tag_id AS g, t.id FROM tasks t JOIN task_tags tt ON tt.task_id = t.id WHERE t.deleted_at IS NULL AND t.start_date IS NOT NULL',
        )
        .all() as { g: number; id: number }[]
    )
      .map((r) => `${r.g}:${r.id}`)
      .sort();
    expect(pairs(tags)).toEqual(tagPairs);
  });

  it('pages over groups; order_by=-group_name reverses them', async () => {
    const all = await get('projects');
    const p2 = await get('projects', 'per_page=2&page=2');
    expect(p2.per_page).toBe(2);
    expect(p2.data.map((g) => g.id)).toEqual(all.data.slice(2, 4).map((g) => g.id));
    const desc = await get('projects', 'order_by=-group_name');
    expect(desc.data.map((g) => g.id)).toEqual(all.data.map((g) => g.id).reverse());
  });

  it('exclude_empty drops groups without matching tasks', async () => {
    const page = await get('users', 'exclude_empty=true&assignee_user_id=1002,1003');
    expect(page.data.map((g) => g.id).sort()).toEqual([1002, 1003]);
    expect(page.data.every((g) => g.tasks.length > 0)).toBe(true);
  });

  const filters: [string, string, unknown[]][] = [
    ['status_id=7001,7002', 't.status_id IN (7001, 7002)', []],
    ['project_id=', 't.project_id IS NULL', []],
    ['client_id=6001', 'p.client_id = 6001', []],
    ['tag_id=8001', 't.id IN (SELECT task_id FROM task_tags WHERE tag_id = 8001)', []],
    ['priority=high', "t.priority = 'high'", []],
    ['source=plan', "t.source = 'plan'", []],
    ['creator_id=1001', 't.toggl_user_id = 1001', []],
    ['name=LOGIN', "lower(t.name) LIKE '%login%'", []],
    ['min_days=4', 'julianday(t.end_date) - julianday(t.start_date) + 1 >= 4', []],
    ['private=true', 'p.private = 1', []],
    ['private=false', 'COALESCE(p.private, 0) = 0', []],
    [
      'group_id=9001',
      't.id IN (SELECT a2.task_id FROM task_assignees a2 JOIN group_users gu ON gu.user_id = a2.user_id WHERE gu.group_id = 9001)',
      [],
    ],
  ];
  it.each(filters)('filter %s matches the DB', async (query, cond, args) => {
    const page = await get('users', `include_unassigned=true&${query}`);
    let want = expectedUserPairs(cond, ...args);
    if (query.startsWith('group_id')) {
      const members = new Set(
        (
          api.db.prepare('SELECT user_id FROM group_users WHERE group_id = 9001').all() as {
            user_id: number;
          }[]
        ).map((r) => String(r.user_id)),
      );
      want = want.filter((p) => members.has(p.split(':')[0]));
    }
    expect(pairs(page)).toEqual(want);
    expect(want.length).toBeGreaterThan(0);
  });

  it('date filters: overlap and the legacy ones', async () => {
    const mid = api.db
      .prepare('SELECT start_date FROM tasks ORDER BY start_date LIMIT 1 OFFSET 80')
      .get() as { start_date: string };
    const d = mid.start_date;
    const users = (query: string) => get('users', `include_unassigned=true&${query}`);
    expect(pairs(await users(`start_date=${d}&end_date=${d}`))).toEqual(
      expectedUserPairs('t.start_date <= ? AND t.end_date >= ?', d, d),
    );
    expect(pairs(await users(`start_date_from=${d}`))).toEqual(expectedUserPairs('t.start_date >= ?', d));
    expect(pairs(await users(`end_date_to=${d}`))).toEqual(expectedUserPairs('t.end_date <= ?', d));
  });

  it('masks tasks of private projects the caller cannot see (kept, name and client nulled)', async () => {
    const page = await get('users', '', api.authAs(outsider));
    const hidden = page.data.flatMap((g) => g.tasks).filter((t) => t.project_id === privateProject);
    expect(hidden.length).toBeGreaterThan(0);
    for (const t of hidden) {
      expect(t.masked).toBe(true);
      expect(t.name).toBeNull();
      expect(t.client ?? null).toBeNull();
    }
    const visible = page.data.flatMap((g) => g.tasks).filter((t) => t.project_id !== privateProject);
    expect(visible.every((t) => t.masked === false && typeof t.name === 'string')).toBe(true);
    // Projects grouping: a project the caller cannot see is no group.
    const projects = await get('projects', '', api.authAs(outsider));
    expect(projects.data.map((g) => g.id)).not.toContain(privateProject);
  });

  it('include_ghosts: empty ghost lists on users, 400 elsewhere; unknown group 400', async () => {
    const page = await get('users', 'include_ghosts=true');
    expect(
      page.data
        .flatMap((g) => g.tasks)
        .every((t) => Array.isArray(t.assignee_ghost_ids) && t.assignee_ghost_ids.length === 0),
    ).toBe(true);
    for (const url of [
      '/tasks/groups/projects?include_ghosts=true',
      '/tasks/groups/teams',
      '/tasks/groups/users?min_days=-1',
      '/tasks/groups/users?start_date=2026-13-01',
      '/tasks/groups/users?per_page=0',
    ]) {
      const res = await api.request({ url: `${api.wsPath}${url}` });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error).toBe('bad_request');
    }
  });
});
