import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskSchema, tasksSchema } from '@/api/task';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const TABLES = ['tasks', 'task_assignees', 'task_tags', 'task_lanes'];
const counts = () => Object.fromEntries(TABLES.map((t) => [t, api.count(t)]));
const post = (url: string, payload: unknown) =>
  api.request({ method: 'POST', url: `${api.wsPath}${url}`, payload: payload as object });
const laneOf = (taskId: number, type: string, key: number) =>
  (
    api.db
      .prepare('SELECT weight FROM task_lanes WHERE task_id = ? AND group_type = ? AND group_key = ?')
      .get(taskId, type, key) as { weight: number } | undefined
  )?.weight;

describe('POST /tasks', () => {
  it('creates a task (201, models.Task) with the default todo status, assignees, tags and lanes', async () => {
    const before = api.count('tasks');
    const res = await post('/tasks', {
      name: 'Write the brief',
      project_id: 3001,
      assignee_user_ids: [1002],
      tag_ids: [8001, 8002],
      start_date: '2030-01-06',
      end_date: '2030-01-08',
      estimated_mins: 120,
      pinned: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const task = taskSchema.parse(res.json());
    expect(api.count('tasks')).toBe(before + 1);
    const defaultStatus = api.db
      .prepare(
        "SELECT id FROM statuses WHERE workspace_id = 5200 AND type = 'todo' ORDER BY position, id LIMIT 1",
      )
      .get() as { id: number };
    expect(task.status_id).toBe(defaultStatus.id);
    expect(task.assignee_user_ids).toEqual([1002]);
    expect(task.tag_ids).toEqual([8001, 8002]);
    expect(task.project?.id).toBe(3001);
    expect(task.pinned).toBe(true);
    expect(task.toggl_user_id).toBe(api.demoUserId);
    expect(laneOf(task.id, 'users', 1002)).toBe(0);
    expect(laneOf(task.id, 'projects', 3001)).toBe(0);
    expect(laneOf(task.id, 'tags', 8001)).toBe(0);
    expect(laneOf(task.id, 'tags', 8002)).toBe(0);
  });

  it('puts an overlapping task of the same group in the lowest free lane, a disjoint one back in lane 0', async () => {
    // Tasks of person 1003 only (no project, no tag), so their lanes share one group.
    const ofPerson = async (name: string, start_date: string, end_date: string) =>
      (await post('/tasks', { name, assignee_user_ids: [1003], start_date, end_date })).json();
    const a = await ofPerson('A', '2031-03-01', '2031-03-05');
    const b = await ofPerson('B', '2031-03-04', '2031-03-09');
    const c = await ofPerson('C', '2031-03-05', '2031-03-05');
    const d = await ofPerson('D', '2031-03-10', '2031-03-11');
    expect([laneOf(a.id, 'users', 1003), laneOf(b.id, 'users', 1003), laneOf(c.id, 'users', 1003)]).toEqual([
      0, 1, 2,
    ]);
    expect(laneOf(d.id, 'users', 1003)).toBe(0);
    // No project, no tag: the none-groups (key 0).
    expect(laneOf(a.id, 'projects', 0)).toBeDefined();
    expect(laneOf(a.id, 'tags', 0)).toBeDefined();
  });

  it.each([
    [{ name: 'x', project_id: 999999 }, 'project_id'],
    [{ name: 'x', status_id: 999999 }, 'status_id'],
    [{ name: 'x', tag_ids: [8001, 999999] }, 'tag_ids'],
    [{ name: 'x', assignee_user_ids: [999999] }, 'assignee_user_ids'],
    [{ name: 'x', parent_task_id: 999999 }, 'parent_task_id'],
    [{ name: 'x', team_assignee_ids: [1] }, 'team_assignee_ids'],
    [{ name: 'x', start_date: '2030-01-05', end_date: '2030-01-04' }, 'end_date'],
    [{ name: 'x', start_date: '2030-02-30' }, 'start_date'],
    [{ name: '' }, 'name'],
    [{ project_id: 3001 }, 'name'],
    [{ name: 'x', priority: 'urgent' }, 'priority'],
    [{ name: 'x', estimated_mins: -5 }, 'estimated_mins'],
  ])('rejects %j with a 400 naming %s and writes nothing', async (payload, field) => {
    const before = counts();
    const res = await post('/tasks', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error_description).toContain(field);
    expect(counts()).toEqual(before);
  });

  it('rejects malformed JSON and a missing body with 400', async () => {
    const bad = await api.request({
      method: 'POST',
      url: `${api.wsPath}/tasks`,
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(bad.statusCode).toBe(400);
    const none = await api.request({ method: 'POST', url: `${api.wsPath}/tasks` });
    expect(none.statusCode).toBe(400);
  });

  it('does not let a user create a task in a private project they cannot see', async () => {
    const { privateProject, outsider } = api.privateProjectAndOutsider();
    const before = counts();
    const res = await api.request({
      method: 'POST',
      url: `${api.wsPath}/tasks`,
      headers: { authorization: api.authAs(outsider) },
      payload: { name: 'sneaky', project_id: privateProject },
    });
    expect(res.statusCode).toBe(400);
    expect(counts()).toEqual(before);
  });
});

describe('POST /tasks/bulk', () => {
  it('creates every task (201, array of models.Task)', async () => {
    const before = api.count('tasks');
    const res = await post('/tasks/bulk', {
      tasks: [
        { name: 'one', start_date: '2032-01-01', end_date: '2032-01-02', assignee_user_ids: [1004] },
        {
          name: 'two',
          start_date: '2032-01-02',
          end_date: '2032-01-03',
          assignee_user_ids: [1004],
          tag_ids: [8003],
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const tasks = tasksSchema.parse(res.json());
    expect(tasks.map((t) => t.name)).toEqual(['one', 'two']);
    expect(api.count('tasks')).toBe(before + 2);
    // The second overlaps the first for user 1004: it gets the next lane.
    expect(laneOf(tasks[1].id, 'users', 1004)).toBe(1);
  });

  it('is all-or-nothing: one bad task leaves every table as it was', async () => {
    const before = counts();
    const res = await post('/tasks/bulk', {
      tasks: [
        {
          name: 'fine',
          assignee_user_ids: [1002],
          tag_ids: [8001],
          start_date: '2033-01-01',
          end_date: '2033-01-02',
        },
        { name: 'bad', project_id: 999999 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error_description).toContain('tasks.1.project_id');
    expect(counts()).toEqual(before);
  });

  it('rejects an empty list, more than 100 tasks and a missing wrapper', async () => {
    const before = counts();
    expect((await post('/tasks/bulk', { tasks: [] })).statusCode).toBe(400);
    const many = Array.from({ length: 101 }, (_, i) => ({ name: `t${i}` }));
    expect((await post('/tasks/bulk', { tasks: many })).statusCode).toBe(400);
    expect((await post('/tasks/bulk', [{ name: 'bare' }])).statusCode).toBe(400);
    expect(counts()).toEqual(before);
  });
});
