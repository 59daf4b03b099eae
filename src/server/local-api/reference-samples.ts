import type { TestApi } from './test-harness';

/** What one replayed sample sends: path parameters, query and (only where the operation takes one) a JSON body. */
export interface Sample {
  params: Record<string, number | string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Keeps what the answer created, for the samples after it. */
  remember?(answer: unknown): void;
}

/** Ids and values of the demo database, and what earlier samples created (as the pages' samples chain). */
export interface SampleContext {
  api: TestApi;
  day(offset: number): string;
  at(offset: number, hour: number): string;
  one<T = number>(sql: string, ...args: unknown[]): T;
  created: Record<string, number>;
}

export function sampleContext(api: TestApi): SampleContext {
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    api,
    day,
    at: (offset, hour) => `${day(offset)}T${String(hour).padStart(2, '0')}:00:00Z`,
    one: (sql, ...args) => Object.values(api.db.prepare(sql).get(...args) as object)[0],
    created: {},
  };
}

const TASK = `SELECT t.id FROM tasks t WHERE t.project_id IS NOT NULL AND t.deleted_at IS NULL
  AND EXISTS (SELECT 1 FROM time_blocks b WHERE b.task_id = t.id AND b.deleted_at IS NULL) ORDER BY t.id LIMIT 1`;
const OTHER_BLOCK =
  'SELECT id FROM time_blocks WHERE task_id = ? AND id <> ? AND deleted_at IS NULL ORDER BY id LIMIT 1';
const MEMBERS_PROJECT =
  'SELECT project_id FROM project_users GROUP BY project_id HAVING COUNT(*) > 3 ORDER BY project_id LIMIT 1';
const PROJECT_ROLE = "SELECT role_id FROM roles WHERE entity = 'project' AND type = ?";
const OUTSIDER = `SELECT user_id FROM workspace_users WHERE user_id NOT IN
  (SELECT user_id FROM project_users WHERE project_id = ?) ORDER BY user_id LIMIT 1`;
const LEAF_PROJECT = `SELECT id FROM projects p WHERE private = 0 AND deleted_at IS NULL
  AND id <> ? AND NOT EXISTS (SELECT 1 FROM projects c WHERE c.parent_project_id = p.id) ORDER BY id DESC LIMIT 1`;

const ws = (c: SampleContext) => ({ organization_id: c.api.org, workspace_id: c.api.ws });
const task = (c: SampleContext) => c.one(TASK);
const taskBlock = (c: SampleContext) => ({ ...ws(c), task_id: task(c), time_block_id: c.created.block });
const project = (c: SampleContext) => ({ ...ws(c), project_id: c.created.project });
const membersProject = (c: SampleContext) => ({ ...ws(c), project_id: c.one(MEMBERS_PROJECT) });
const member = (c: SampleContext) =>
  c.one(
    'SELECT user_id FROM project_users WHERE project_id = ? AND user_id <> ? ORDER BY user_id LIMIT 1',
    c.one(MEMBERS_PROJECT),
    c.api.demoUserId,
  );
const range = (c: SampleContext) => ({ date_from: c.at(-7, 0), date_to: c.at(7, 0) });

/**
 * One sample per operation of the five reference pages, keyed `METHOD service path`, in page order (later ones use
 * what earlier ones created, as a reader running the pages top to bottom would).
 */
export const SAMPLES: Record<string, (c: SampleContext) => Sample> = {
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/groups/{group}': (c) => ({
    params: { ...ws(c), group: 'users' },
    query: { start_date: c.day(-30), end_date: c.day(60), page: '1', per_page: '50' },
  }),
  'PATCH focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/groups/{group}': (c) => {
    const id = task(c);
    const projectId = c.one('SELECT project_id FROM tasks WHERE id = ?', id);
    return {
      params: { ...ws(c), group: 'projects' },
      body: [{ id, op: 'move', source_group_id: projectId, target_group_id: projectId, weight: 0 }],
    };
  },
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks': (c) => ({
    params: ws(c),
    query: { page: '1', per_page: '20', order_by: '-updated_at' },
  }),
  'POST focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks': (c) => ({
    params: ws(c),
    body: {
      name: 'Replayed sample task',
      project_id: c.one('SELECT project_id FROM tasks WHERE id = ?', task(c)),
      start_date: c.day(1),
      end_date: c.day(3),
    },
  }),
  'POST focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/bulk': (c) => ({
    params: ws(c),
    body: {
      tasks: [
        { name: 'Bulk sample one', start_date: c.day(2), end_date: c.day(2) },
        { name: 'Bulk sample two' },
      ],
    },
  }),
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/{task_id}/time-blocks': (
    c,
  ) => ({
    params: { ...ws(c), task_id: task(c) },
  }),
  'POST focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/{task_id}/time-blocks': (
    c,
  ) => ({
    params: { ...ws(c), task_id: task(c) },
    body: { start: c.at(1, 9), duration: 3600 },
    remember: (a) => (c.created.block = (a as { id: number }).id),
  }),
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/{task_id}/time-blocks/{time_block_id}':
    (c) => ({
      params: taskBlock(c),
    }),
  'PUT focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/{task_id}/time-blocks/{time_block_id}':
    (c) => ({
      params: taskBlock(c),
      body: { start: c.at(1, 10), duration: 5400, completed: false },
    }),
  'DELETE focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/{task_id}/time-blocks/{time_block_id}':
    (c) => {
      c.created.deletedBlock = c.one(OTHER_BLOCK, task(c), c.created.block);
      return { params: { ...ws(c), task_id: task(c), time_block_id: c.created.deletedBlock } };
    },
  'PATCH focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/{task_id}/time-blocks/{time_block_id}':
    (c) => ({
      params: taskBlock(c),
      body: { duration: 1800 },
    }),
  'POST focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/{task_id}/time-blocks/{time_block_id}/archive':
    (c) => ({
      params: taskBlock(c),
    }),
  'PATCH focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/{task_id}/time-blocks/{time_block_id}/restore':
    (c) => ({
      params: { ...ws(c), task_id: task(c), time_block_id: c.created.deletedBlock },
    }),
  'POST focus /organizations/{organization_id}/workspaces/{workspace_id}/tasks/{task_id}/time-blocks/{time_block_id}/unarchive':
    (c) => ({
      params: taskBlock(c),
    }),
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/time-blocks': (c) => ({
    params: ws(c),
    query: range(c),
  }),
  'POST focus /organizations/{organization_id}/workspaces/{workspace_id}/time-blocks/bulk': (c) => ({
    params: ws(c),
    body: {
      time_blocks: [
        { task_id: task(c), start: c.at(2, 9), duration: 1800 },
        { task_id: task(c), start: c.at(2, 13), duration: 2700 },
      ],
    },
    remember: (a) => {
      [c.created.bulkBlockA, c.created.bulkBlockB] = (a as { id: number }[]).map((b) => b.id);
    },
  }),
  'DELETE focus /organizations/{organization_id}/workspaces/{workspace_id}/time-blocks/bulk': (c) => ({
    params: ws(c),
    query: { ids: String(c.created.bulkBlockA) },
  }),
  'PATCH focus /organizations/{organization_id}/workspaces/{workspace_id}/time-blocks/bulk': (c) => ({
    params: ws(c),
    body: [{ id: c.created.bulkBlockB, duration: 3600, completed: true }],
  }),
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/time-blocks/stream': (c) => ({
    params: ws(c),
    query: range(c),
  }),
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/projects': (c) => ({
    params: ws(c),
    query: { page: '1', per_page: '50' },
  }),
  'POST focus /organizations/{organization_id}/workspaces/{workspace_id}/projects': (c) => ({
    params: ws(c),
    body: { name: 'Replayed sample project', color: '#2da608', start_date: c.day(0), end_date: c.day(30) },
    remember: (a) => (c.created.project = (a as { id: number }).id),
  }),
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}': (c) => ({
    params: project(c),
  }),
  'PUT focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}': (c) => ({
    params: project(c),
    body: { name: 'Replayed sample project (renamed)', color: '#c9806b', billable: true },
  }),
  'DELETE focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}': (c) => {
    c.created.deletedProject = c.one(LEAF_PROJECT, c.created.project);
    return { params: { ...ws(c), project_id: c.created.deletedProject } };
  },
  'PATCH focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}': (c) => ({
    params: project(c),
    body: { description: 'Patched by the replayed sample' },
  }),
  'PATCH focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/archive': (
    c,
  ) => ({
    params: project(c),
  }),
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/children': (
    c,
  ) => ({
    params: membersProject(c),
  }),
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/members': (
    c,
  ) => ({
    params: membersProject(c),
  }),
  'PUT focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/members': (
    c,
  ) => ({
    params: membersProject(c),
    body: { user_id: member(c), role_id: c.one(PROJECT_ROLE, 'manager') },
  }),
  'POST focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/members': (
    c,
  ) => {
    c.created.newMember = c.one(OUTSIDER, c.one(MEMBERS_PROJECT));
    return {
      params: membersProject(c),
      body: { user_ids: [c.created.newMember], role_id: c.one(PROJECT_ROLE, 'guest') },
    };
  },
  'DELETE focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/members': (
    c,
  ) => ({
    params: membersProject(c),
    body: { user_id: c.created.newMember },
  }),
  'GET focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/parents': (
    c,
  ) => ({
    params: membersProject(c),
  }),
  'POST focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/pinned': (
    c,
  ) => ({
    params: project(c),
  }),
  'DELETE focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/pinned': (
    c,
  ) => ({
    params: project(c),
  }),
  'PATCH focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/restore': (
    c,
  ) => ({
    params: { ...ws(c), project_id: c.created.deletedProject },
  }),
  'PATCH focus /organizations/{organization_id}/workspaces/{workspace_id}/projects/{project_id}/unarchive': (
    c,
  ) => ({
    params: project(c),
  }),
  'GET track /organizations/{organization_id}/groups': (c) => ({ params: { organization_id: c.api.org } }),
  'POST track /organizations/{organization_id}/groups': (c) => ({
    params: { organization_id: c.api.org },
    body: { name: 'Replayed sample group', users: [c.api.demoUserId], workspaces: [c.api.ws] },
    remember: (a) => (c.created.group = (a as { group_id: number }).group_id),
  }),
  'PUT track /organizations/{organization_id}/groups/{group_id}': (c) => ({
    params: { organization_id: c.api.org, group_id: c.created.group },
    body: { name: 'Replayed sample group (renamed)', users: [c.api.demoUserId], workspaces: [c.api.ws] },
  }),
  'DELETE track /organizations/{organization_id}/groups/{group_id}': (c) => ({
    params: { organization_id: c.api.org, group_id: c.created.group },
  }),
  'PATCH track /organizations/{organization_id}/groups/{group_id}': (c) => {
    const group = c.one('SELECT id FROM groups ORDER BY id LIMIT 1');
    const user = c.one(
      'SELECT user_id FROM workspace_users WHERE user_id NOT IN (SELECT user_id FROM group_users WHERE group_id = ?) ORDER BY user_id LIMIT 1',
      group,
    );
    return {
      params: { organization_id: c.api.org, group_id: group },
      body: [{ op: 'add', path: '/users', value: [user] }],
    };
  },
  'GET track /organizations/{organization_id}/workspaces/{workspace_id}/groups': (c) => ({ params: ws(c) }),
  'GET track /workspaces/{workspace_id}/project_groups': (c) => ({
    params: { workspace_id: c.api.ws },
    query: { project_ids: String(c.one(MEMBERS_PROJECT)) },
  }),
  'POST track /workspaces/{workspace_id}/project_groups': (c) => {
    const projectId = c.one(MEMBERS_PROJECT);
    const group = c.one(
      'SELECT id FROM groups WHERE id NOT IN (SELECT group_id FROM project_groups WHERE project_id = ?) ORDER BY id LIMIT 1',
      projectId,
    );
    return {
      params: { workspace_id: c.api.ws },
      body: { project_id: projectId, group_id: group },
      remember: (a) => (c.created.projectGroup = (a as { id: number }).id),
    };
  },
  'DELETE track /workspaces/{workspace_id}/project_groups/{project_group_id}': (c) => ({
    params: { workspace_id: c.api.ws, project_group_id: c.created.projectGroup },
  }),
};
