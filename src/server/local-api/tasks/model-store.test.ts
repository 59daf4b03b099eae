import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskSchema } from '@/api/task';
import { createTestApi, type TestApi } from '../test-harness';
import { loadTaskModels } from './model-store';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe('loadTaskModels', () => {
  it('builds models.Task for every id from the rows, in the contract shape', () => {
    const ids = (api.db.prepare('SELECT id FROM tasks ORDER BY id').all() as { id: number }[]).map(
      (r) => r.id,
    );
    const models = loadTaskModels(api.db, ids, { includeRates: true });
    expect(models.size).toBe(ids.length);
    for (const m of models.values()) taskSchema.parse(m);

    const withProject = api.db
      .prepare(
        'SELECT t.id, t.project_id, p.client_id FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.client_id IS NOT NULL LIMIT 1',
      )
      .get() as { id: number; project_id: number; client_id: number };
    const m = models.get(withProject.id)!;
    expect(m.project?.id).toBe(withProject.project_id);
    expect(m.project?.rate).toBeNull();
    expect(m.client?.id).toBe(withProject.client_id);
    const idsOf = (sql: string) => api.db.prepare(sql).pluck().all(withProject.id);
    expect(m.assignee_user_ids).toEqual(
      idsOf('SELECT user_id FROM task_assignees WHERE task_id = ? ORDER BY user_id'),
    );
    expect(m.tag_ids).toEqual(idsOf('SELECT tag_id FROM task_tags WHERE task_id = ? ORDER BY tag_id'));
    expect(typeof m.pinned).toBe('boolean');
    expect(m.status?.id).toBe(m.status_id);
  });

  it('handles more ids than one IN chunk and unknown ids', () => {
    const ids = Array.from({ length: 1200 }, (_, i) => 10001 + i);
    const models = loadTaskModels(api.db, ids);
    expect(models.size).toBe(api.count('tasks'));
    expect(loadTaskModels(api.db, []).size).toBe(0);
  });
});
