import { createTestApi, type TestApi } from '../test-harness';

const NOW = '2026-01-01T00:00:00Z';

/**
 * Test data the demo seed does not have: a second workspace (same organization, demo user a member)
 * with one task and one block, and fresh tasks without blocks so counts are exact.
 */
export function addOtherWorkspace(api: TestApi): {
  ws: number;
  taskId: number;
  blockId: number;
  path: string;
} {
  const ws = 5300;
  api.db
    .prepare('INSERT INTO workspaces (id, organization_id, name, created_at) VALUES (?, ?, ?, ?)')
    .run(ws, api.org, 'Other', NOW);
  api.db.prepare('INSERT INTO workspace_users (workspace_id, user_id) VALUES (?, ?)').run(ws, api.demoUserId);
  api.db
    .prepare(
      'INSERT INTO statuses (id, workspace_id, name, type, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(7301, ws, 'To do', 'todo', 1, NOW, NOW);
  const taskId = addTask(api, { ws, statusId: 7301 });
  const blockId = addBlock(api, { ws, taskId, start: '2030-01-07T10:00:00Z', duration: 3600 });
  return { ws, taskId, blockId, path: `/api/organizations/${api.org}/workspaces/${ws}` };
}

let nextTaskId = 90001;

/** A task with no blocks (public unless a project is given). */
export function addTask(
  api: TestApi,
  opts: { ws?: number; projectId?: number | null; statusId?: number } = {},
): number {
  const id = nextTaskId++;
  api.db
    .prepare(
      `INSERT INTO tasks (id, workspace_id, name, project_id, status_id, toggl_user_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      opts.ws ?? api.ws,
      `Fixture ${id}`,
      opts.projectId ?? null,
      opts.statusId ?? 7001,
      api.demoUserId,
      NOW,
      NOW,
    );
  return id;
}

/** A block written straight to the table (bypasses the API under test). */
export function addBlock(
  api: TestApi,
  b: { ws?: number; taskId: number; start: string; duration: number },
): number {
  const info = api.db
    .prepare(
      `INSERT INTO time_blocks (workspace_id, task_id, toggl_user_id, start, start_ts, duration, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(b.ws ?? api.ws, b.taskId, api.demoUserId, b.start, Date.parse(b.start) / 1000, b.duration, NOW, NOW);
  return Number(info.lastInsertRowid);
}

/** Every time_blocks row, for before/after comparisons of failing writes. */
export function snapshot(api: TestApi): unknown[] {
  return api.db.prepare('SELECT * FROM time_blocks ORDER BY id').all();
}

export type OtherWorkspace = ReturnType<typeof addOtherWorkspace>;

/** A test API on the demo data with the second workspace added; close `api` after the tests. */
export async function apiWithOtherWorkspace(): Promise<{ api: TestApi; other: OtherWorkspace }> {
  const api = await createTestApi();
  return { api, other: addOtherWorkspace(api) };
}

/** Live (neither deleted nor archived) blocks of the demo workspace, or only those of one project's tasks. */
export function liveBlockCount(api: TestApi, projectId?: number): number {
  const ofProject = projectId === undefined ? '' : 'AND t.project_id = ?';
  return api.db
    .prepare(
      `SELECT COUNT(*) FROM time_blocks tb JOIN tasks t ON t.id = tb.task_id
        WHERE tb.workspace_id = ? AND tb.deleted_at IS NULL AND tb.archived_at IS NULL ${ofProject}`,
    )
    .pluck()
    .get(...(projectId === undefined ? [api.ws] : [api.ws, projectId])) as number;
}
