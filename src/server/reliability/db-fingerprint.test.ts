import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '@/server/local-api/test-harness';
import { checkIntegrity, createChangeWatch } from './db-fingerprint';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ today: '2026-03-16' });
});
afterAll(() => api.close());

describe('the change watch the fuzzer relies on', () => {
  it('sees an update, and no change for a rolled-back transaction or a no-op', () => {
    const watch = createChangeWatch(api.db);
    watch.before();
    expect(() =>
      api.db.transaction(() => {
        api.db.prepare("UPDATE tasks SET name = 'x' WHERE id = 10001").run();
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    expect(watch.changed()).toBe(false);
    api.db.prepare('UPDATE tasks SET name = name WHERE id = 10001').run();
    expect(watch.changed()).toBe(false);
    api.db.prepare("UPDATE tasks SET name = 'renamed' WHERE id = 10001").run();
    expect(watch.changed()).toBe(true);
    watch.before();
    expect(watch.changed()).toBe(false);
    api.db.prepare('DELETE FROM time_blocks WHERE id = (SELECT MIN(id) FROM time_blocks)').run();
    expect(watch.changed()).toBe(true);
    expect(checkIntegrity(api.db)).toEqual({ integrity: ['ok'], foreignKeys: [] });
  });
});
