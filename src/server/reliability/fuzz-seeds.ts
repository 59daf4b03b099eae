import fc from 'fast-check';
import type { Db } from '@/server/local-api/db/open';
import type { FuzzBody } from './fuzz-arbitraries';

export interface FuzzRequest {
  path: string;
  query: string;
  body: FuzzBody;
}

const WS = '/api/organizations/4100/workspaces/5200';
/** A date some days from the fuzz database's today (2026-03-16). */
const day = (offset: number) => new Date(Date.UTC(2026, 2, 16 + offset)).toISOString().slice(0, 10);

const liveTasks = (db: Db) =>
  db
    .prepare('SELECT id FROM tasks WHERE workspace_id = 5200 AND deleted_at IS NULL ORDER BY id LIMIT 300')
    .pluck()
    .all() as number[];

/** The organization's people, by id. */
const orgUsers = (db: Db) =>
  db.prepare('SELECT user_id FROM organization_users ORDER BY user_id').pluck().all() as number[];

/** One to three distinct live tasks: a bulk request that addresses real rows throughout. */
const someTasks = (db: Db) => {
  const ids = liveTasks(db);
  return ids.length ? fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }) : null;
};

/** A field change a bulk patch item may carry (valid alone; the dates may clash with the stored ones). */
const patchField = fc.oneof(
  fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }) }),
  fc.record({ estimated_mins: fc.oneof(fc.nat(6000), fc.constant(null)) }),
  fc.record({ priority: fc.constantFrom('none', 'low', 'medium', 'high') }),
  fc.record({ assignee_user_ids: fc.constantFrom([1002], [1003, 1004], [], null) }),
  fc.record({
    start_date: fc.constantFrom('2026-03-10', '2026-03-20'),
    end_date: fc.constantFrom('2026-03-21', null),
  }),
);

/**
 * Requests that are valid by construction for operations whose bodies must match the current data
 * (a task's current group, an existing member), which random values almost never do.
 */
export const FUZZ_SEEDS: Record<string, (db: Db) => fc.Arbitrary<FuzzRequest> | null> = {
  'PATCH /api/organizations/:organization_id/workspaces/:workspace_id/tasks/bulk': (db) =>
    someTasks(db)?.chain((ids) =>
      fc.tuple(...ids.map((id) => patchField.map((change) => ({ id, ...change })))).map((items) => ({
        path: `${WS}/tasks/bulk`,
        query: '',
        body: { kind: 'json' as const, value: items },
      })),
    ) ?? null,
  'DELETE /api/organizations/:organization_id/workspaces/:workspace_id/tasks/bulk': (db) =>
    someTasks(db)?.map((ids) => ({
      path: `${WS}/tasks/bulk`,
      query: `ids=${ids.join(',')}`,
      body: { kind: 'none' as const },
    })) ?? null,
  'POST /api/organizations/:organization_id/workspaces/:workspace_id/tasks/bulk/archive': (db) =>
    someTasks(db)?.map((task_ids) => ({
      path: `${WS}/tasks/bulk/archive`,
      query: '',
      body: { kind: 'json' as const, value: { task_ids } },
    })) ?? null,
  'PATCH /api/organizations/:organization_id/workspaces/:workspace_id/tasks/bulk/restore': (db) => {
    const gone = db
      .prepare('SELECT id FROM tasks WHERE deleted_at IS NOT NULL ORDER BY id LIMIT 100')
      .pluck()
      .all() as number[];
    return gone.length
      ? fc.uniqueArray(fc.constantFrom(...gone), { minLength: 1, maxLength: 3 }).map((task_ids) => ({
          path: `${WS}/tasks/bulk/restore`,
          query: '',
          body: { kind: 'json' as const, value: { task_ids } },
        }))
      : null;
  },
  'PATCH /api/organizations/:organization_id/workspaces/:workspace_id/tasks/groups/:group': (db) => {
    const lanes = db
      .prepare(
        'SELECT task_id, group_type, group_key FROM task_lanes ORDER BY task_id, group_type, group_key LIMIT 400',
      )
      .all() as {
      task_id: number;
      group_type: string;
      group_key: number;
    }[];
    if (!lanes.length) return null;
    const keys = (type: string) => [
      ...new Set(lanes.filter((l) => l.group_type === type).map((l) => l.group_key)),
    ];
    return fc
      .tuple(fc.constantFrom(...lanes), fc.nat(100), fc.integer({ min: 0, max: 6 }), fc.boolean())
      .map(([lane, pick, weight, remove]) => {
        const targets = keys(lane.group_type);
        const item = {
          id: lane.task_id,
          op: remove && lane.group_type !== 'projects' ? 'remove' : 'move',
          source_group_id: lane.group_key,
          target_group_id: targets[pick % targets.length],
          weight,
        };
        return {
          path: `${WS}/tasks/groups/${lane.group_type}`,
          query: '',
          body: { kind: 'json', value: [item] },
        };
      });
  },
  'PUT /api/organizations/:organization_id/workspaces/:workspace_id/projects/:project_id/members': (db) => {
    const members = db
      .prepare('SELECT project_id, user_id FROM project_users ORDER BY project_id, user_id')
      .all() as { project_id: number; user_id: number }[];
    const roles = db
      .prepare("SELECT role_id FROM roles WHERE entity = 'project' ORDER BY role_id")
      .pluck()
      .all() as number[];
    if (!members.length || !roles.length) return null;
    return fc.tuple(fc.constantFrom(...members), fc.constantFrom(...roles)).map(([m, role_id]) => ({
      path: `${WS}/projects/${m.project_id}/members`,
      query: '',
      body: { kind: 'json', value: { role_id, user_id: m.user_id } },
    }));
  },
  // Valid capacity reads (ordered windows of at most a quarter, any unit), so the arithmetic itself is fuzzed.
  'GET /api/organizations/:organization_id/workspaces/:workspace_id/capacities/:group': (db) => {
    const users = orgUsers(db);
    if (!users.length) return null;
    return fc
      .tuple(
        fc.uniqueArray(fc.constantFrom(...users), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: 0, max: 92 }),
        fc.constantFrom('day', 'week', 'month', 'quarter'),
        fc.boolean(),
      )
      .map(([ids, from, length, unit, drafts]) => ({
        path: `${WS}/capacities/users`,
        query: `user_id=${ids.join(',')}&start_date=${day(from)}&end_date=${day(from + length)}&unit=${unit}&include_drafts=${drafts}`,
        body: { kind: 'none' },
      }));
  },
  // Ordered periods of the demo users, so that creations get past validation and meet the overlap rule.
  'POST /api/organizations/:organization_id/timeoff/users/:user_id': (db) => {
    const users = orgUsers(db);
    if (!users.length) return null;
    return fc
      .tuple(fc.constantFrom(...users), fc.integer({ min: -30, max: 30 }), fc.integer({ min: 1, max: 96 }))
      .map(([user, from, quarters]) => {
        const start = Date.parse(`${day(from)}T08:00:00Z`);
        return {
          path: `/api/organizations/4100/timeoff/users/${user}`,
          query: '',
          body: {
            kind: 'json',
            value: [
              {
                start_time: new Date(start).toISOString(),
                end_time: new Date(start + quarters * 900_000).toISOString(),
                type: 'vacation',
              },
            ],
          },
        };
      });
  },
  'POST /api/v9/workspaces/:workspace_id/project_groups': (db) => {
    const projects = db
      .prepare('SELECT id FROM projects WHERE workspace_id = 5200 AND deleted_at IS NULL ORDER BY id')
      .pluck()
      .all() as number[];
    const groups = db.prepare('SELECT id FROM groups ORDER BY id').pluck().all() as number[];
    if (!projects.length || !groups.length) return null;
    return fc
      .tuple(fc.constantFrom(...projects), fc.constantFrom(...groups))
      .map(([project_id, group_id]) => ({
        path: '/api/v9/workspaces/5200/project_groups',
        query: '',
        body: { kind: 'json', value: { project_id, group_id } },
      }));
  },
};
