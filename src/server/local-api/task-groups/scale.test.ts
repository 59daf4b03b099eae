import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskGroupPageSchema } from '@/api/task-group';
import { createTestApi, type TestApi } from '../test-harness';

// Correctness at scale only; timings belong in bench/.
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ tasks: 10000, users: 300, timeBlocks: 0 });
}, 60_000);
afterAll(() => api.close());

describe('GET /tasks/groups/users over 10,000 tasks', () => {
  it('answers every (user, task) pair across the group pages, once each (the no-assignee group deduped)', async () => {
    const seen: string[] = [];
    let groups = 0;
    let unassignedCopies = 0;
    for (let page = 1; ; page++) {
      const res = await api.request({
        url: `${api.wsPath}/tasks/groups/users?per_page=100&page=${page}&include_unassigned=true`,
      });
      expect(res.statusCode).toBe(200);
      const body = taskGroupPageSchema.parse(res.json());
      const users = body.data.filter((g) => g.id !== 0);
      groups += users.length;
      // The no-assignee group comes with every non-empty page, last: a paging client keeps one copy.
      if (users.length > 0) expect(body.data.at(-1)?.id).toBe(0);
      for (const g of body.data) {
        if (g.id === 0 && unassignedCopies++ > 0) continue;
        for (const t of g.tasks) seen.push(`${g.id}:${t.id}`);
      }
      if (users.length < 100) break;
    }
    expect(groups).toBe(300);
    expect(unassignedCopies).toBe(3);
    const want = api.db
      .prepare(
        `SELECT COUNT(*) AS n FROM tasks t LEFT JOIN task_assignees a ON a.task_id = t.id
          WHERE t.deleted_at IS NULL AND t.archived_at IS NULL AND t.start_date IS NOT NULL`,
      )
      .get() as { n: number };
    expect(api.count('tasks')).toBe(10000);
    expect(seen).toHaveLength(want.n);
    expect(new Set(seen).size).toBe(want.n);
    const unassigned = api.db
      .prepare('SELECT COUNT(*) AS n FROM tasks WHERE id NOT IN (SELECT task_id FROM task_assignees)')
      .get() as { n: number };
    expect(seen.filter((p) => p.startsWith('0:'))).toHaveLength(unassigned.n);
  }, 60_000);
});
