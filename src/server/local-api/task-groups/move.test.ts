import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskGroupPageSchema } from '@/api/task-group';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const patch = (group: string, payload: unknown, auth?: string) =>
  api.request({
    method: 'PATCH',
    url: `${api.wsPath}/tasks/groups/${group}`,
    payload: payload as object,
    headers: auth ? { authorization: auth } : undefined,
  });
const assignees = (id: number) =>
  (
    api.db.prepare('SELECT user_id FROM task_assignees WHERE task_id = ? ORDER BY user_id').all(id) as {
      user_id: number;
    }[]
  ).map((r) => r.user_id);
const tagsOf = (id: number) =>
  (
    api.db.prepare('SELECT tag_id FROM task_tags WHERE task_id = ? ORDER BY tag_id').all(id) as {
      tag_id: number;
    }[]
  ).map((r) => r.tag_id);
const snapshot = () =>
  JSON.stringify([
    api.db.prepare('SELECT id, project_id, start_date, end_date FROM tasks ORDER BY id').all(),
    api.db.prepare('SELECT * FROM task_assignees ORDER BY task_id, user_id').all(),
    api.db.prepare('SELECT * FROM task_tags ORDER BY task_id, tag_id').all(),
    api.db.prepare('SELECT * FROM task_lanes ORDER BY task_id, group_type, group_key').all(),
  ]);

/** The entry of task `id` in group `groupId` as GET /tasks/groups/{group} answers it (users with group 0). */
async function entryIn(group: string, groupId: number, id: number) {
  const unassigned = group === 'users' ? '&include_unassigned=true' : '';
  const res = await api.request({ url: `${api.wsPath}/tasks/groups/${group}?per_page=100${unassigned}` });
  const page = taskGroupPageSchema.parse(res.json());
  return page.data.find((g) => g.id === groupId)?.tasks.find((t) => t.id === id);
}

/** A live task with exactly one assignee and one tag and a project. */
function pickTask(exclude: number[] = []): { id: number; user: number; project: number } {
  return api.db
    .prepare(
      `SELECT t.id, MIN(a.user_id) AS user, t.project_id AS project FROM tasks t JOIN task_assignees a ON a.task_id = t.id
        WHERE t.project_id IS NOT NULL AND t.project_id NOT IN (SELECT id FROM projects WHERE private = 1)
          AND t.id NOT IN (${exclude.length ? exclude.join(',') : 0})
        GROUP BY t.id HAVING COUNT(*) = 1 ORDER BY t.id LIMIT 1`,
    )
    .get() as { id: number; user: number; project: number };
}

describe('PATCH /tasks/groups/{group}', () => {
  it('moves a task between users, between projects and between lanes, read back through GET', async () => {
    const t = pickTask();
    const otherUser = t.user === 1002 ? 1003 : 1002;
    let res = await patch('users', [
      {
        id: t.id,
        op: 'move',
        source_group_id: t.user,
        target_group_id: otherUser,
        weight: 4,
        start_date: '2026-12-01',
        end_date: '2026-12-03',
      },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({});
    expect(assignees(t.id)).toEqual([otherUser]);
    let e = await entryIn('users', otherUser, t.id);
    expect(e).toMatchObject({
      weight: 4,
      start_date: '2026-12-01',
      end_date: '2026-12-03',
      assignee_user_ids: [otherUser],
    });
    expect(await entryIn('users', t.user, t.id)).toBeUndefined();

    const otherProject = t.project === 3001 ? 3002 : 3001;
    res = await patch('projects', [
      { id: t.id, op: 'move', source_group_id: t.project, target_group_id: otherProject, weight: 2 },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    e = await entryIn('projects', otherProject, t.id);
    expect(e).toMatchObject({ project_id: otherProject, weight: 2 });
    expect(await entryIn('projects', t.project, t.id)).toBeUndefined();

    // A reorder: a move inside one group only changes the lane.
    res = await patch('users', {
      items: [{ id: t.id, op: 'move', source_group_id: otherUser, target_group_id: otherUser, weight: 7 }],
    });
    expect(res.statusCode, res.body).toBe(200);
    e = await entryIn('users', otherUser, t.id);
    expect(e).toMatchObject({ weight: 7, start_date: '2026-12-01' });
    expect(assignees(t.id)).toEqual([otherUser]);
  });

  it('null target on users clears the assignees (lands in group 0); source 0 adds the target', async () => {
    const t = pickTask([]);
    await patch('users', [{ id: t.id, op: 'move', source_group_id: null, target_group_id: null, weight: 1 }]);
    expect(assignees(t.id)).toEqual([]);
    expect((await entryIn('users', 0, t.id))?.weight).toBe(1);
    const res = await patch('users', [
      { id: t.id, op: 'move', source_group_id: 0, target_group_id: 1004, weight: 0 },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(assignees(t.id)).toEqual([1004]);
    expect(await entryIn('users', 0, t.id)).toBeUndefined();
  });

  it('tags: move swaps the tag; remove takes the task out of the source group', async () => {
    const id = 10050;
    api.db.prepare('DELETE FROM task_tags WHERE task_id = ?').run(id);
    api.db.prepare('INSERT INTO task_tags (task_id, tag_id) VALUES (?, 8001)').run(id);
    expect(
      (await patch('tags', [{ id, op: 'move', source_group_id: 8001, target_group_id: 8003, weight: 0 }]))
        .statusCode,
    ).toBe(200);
    expect(tagsOf(id)).toEqual([8003]);
    expect(
      (await patch('tags', [{ id, op: 'remove', source_group_id: 8003, target_group_id: null, weight: 0 }]))
        .statusCode,
    ).toBe(200);
    expect(tagsOf(id)).toEqual([]);
    // A task without a tag is in no tags group (groups are tags, id >= 1).
    const res = await api.request({ url: `${api.wsPath}/tasks/groups/tags?per_page=100` });
    const groups = taskGroupPageSchema.parse(res.json()).data;
    expect(groups.some((g) => g.tasks.some((t) => t.id === id))).toBe(false);
    const p = pickTask([10050]);
    expect(
      (
        await patch('projects', [
          { id: p.id, op: 'remove', source_group_id: p.project, target_group_id: null, weight: 0 },
        ])
      ).statusCode,
    ).toBe(200);
    expect(
      (api.db.prepare('SELECT project_id FROM tasks WHERE id = ?').get(p.id) as { project_id: number | null })
        .project_id,
    ).toBeNull();
    expect(
      (
        await patch('users', [
          { id: p.id, op: 'remove', source_group_id: p.user, target_group_id: null, weight: 0 },
        ])
      ).statusCode,
    ).toBe(200);
    expect(assignees(p.id)).toEqual([]);
  });

  it('applies the same task twice in order', async () => {
    const t = pickTask([10050]);
    const res = await patch('users', [
      { id: t.id, op: 'move', source_group_id: null, target_group_id: 1005, weight: 0 },
      { id: t.id, op: 'move', source_group_id: 1005, target_group_id: 1006, weight: 3 },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(assignees(t.id)).not.toContain(1005);
    expect(assignees(t.id)).toContain(1006);
  });

  it.each([
    ['users', { id: 999999, op: 'move', source_group_id: null, target_group_id: 1002, weight: 0 }, 'id'],
    ['users', { op: 'move', target_group_id: 999999, weight: 0 }, 'target_group_id'],
    ['users', { op: 'move', source_group_id: 999998, target_group_id: 1002, weight: 0 }, 'source_group_id'],
    ['users', { op: 'move', source_group_id: null, target_group_id: 1002, weight: -1 }, 'weight'],
    [
      'users',
      {
        op: 'move',
        source_group_id: null,
        target_group_id: 1002,
        weight: 0,
        start_date: '2026-05-02',
        end_date: '2026-05-01',
      },
      'end_date',
    ],
    [
      'users',
      { op: 'move', source_group_id: null, target_group_id: 1002, weight: 0, end_date: '1999-01-01' },
      'end_date',
    ],
    ['users', { op: 'remove', source_group_id: null, target_group_id: null, weight: 0 }, 'source_group_id'],
    [
      'projects',
      { op: 'move', source_group_id: null, target_group_id: 999999, weight: 0 },
      'target_group_id',
    ],
    ['projects', { op: 'move', source_group_id: null, target_group_id: null, weight: 0 }, 'target_group_id'],
    ['tags', { op: 'move', source_group_id: null, target_group_id: 999999, weight: 0 }, 'target_group_id'],
    ['users', { op: 'shuffle', target_group_id: 1002, weight: 0 }, 'op'],
  ] as const)(
    '%s: %j is a 400 naming %s, and a valid item before it is rolled back',
    async (group, bad, field) => {
      const t = pickTask([10050]);
      const before = snapshot();
      const res = await patch(group, [
        { id: t.id, op: 'move', source_group_id: null, target_group_id: 1007, weight: 9 },
        { id: t.id, ...bad },
      ]);
      expect(res.statusCode).toBe(400);
      expect(res.json().error_description).toContain(field);
      expect(snapshot()).toEqual(before);
    },
  );

  it('rejects tasks of private projects the caller cannot see, a foreign org, bad JSON and an unknown group', async () => {
    const { privateProject, outsider } = api.privateProjectAndOutsider();
    const hiddenTask = (
      api.db
        .prepare('SELECT id FROM tasks WHERE project_id = ? AND deleted_at IS NULL LIMIT 1')
        .get(privateProject) as { id: number }
    ).id;
    const before = snapshot();
    const hidden = await patch(
      'users',
      [{ id: hiddenTask, op: 'move', source_group_id: null, target_group_id: null, weight: 0 }],
      api.authAs(outsider),
    );
    expect(hidden.statusCode).toBe(400);
    const foreign = await api.request({
      method: 'PATCH',
      url: '/api/organizations/1/workspaces/5200/tasks/groups/users',
      payload: [],
    });
    expect(foreign.statusCode).toBe(403);
    const badJson = await api.request({
      method: 'PATCH',
      url: `${api.wsPath}/tasks/groups/users`,
      headers: { 'content-type': 'application/json' },
      payload: '[{',
    });
    expect(badJson.statusCode).toBe(400);
    expect(
      (await patch('teams', [{ id: 10001, op: 'move', target_group_id: null, weight: 0 }])).statusCode,
    ).toBe(400);
    expect((await patch('users', [])).statusCode).toBe(400);
    expect(snapshot()).toEqual(before);
  });
});
