import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildLocalApi } from './app';
import { demoOptions, DEMO_IDS, generate, type GenerateOptions } from './db/generate';
import { openDatabase, type Db } from './db/open';
import { createFaults } from './faults';

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

export interface TestApi {
  app: FastifyInstance;
  db: Db;
  faults: ReturnType<typeof createFaults>;
  org: number;
  ws: number;
  /** The demo user (organization owner). */
  demoUserId: number;
  /** Authorization header of the demo user. */
  auth: string;
  /** Authorization header (api token) of any other seeded user, e.g. a plain member. */
  authAs(userId: number): string;
  /** `app.inject` with the demo user's credentials unless `headers.authorization` is given. */
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  /** Focus path prefix of the demo workspace: `/api/organizations/{org}/workspaces/{ws}`. */
  wsPath: string;
  count(table: string): number;
  /** The demo's private project and a workspace member who cannot see it (no membership, no group). */
  privateProjectAndOutsider(): { privateProject: number; outsider: number };
  close(): Promise<void>;
}

/**
 * A local API on a fresh in-memory database with the demo data (or a scaled dataset), for
 * in-process HTTP tests. Each test file gets its own.
 */
export async function createTestApi(
  overrides: Partial<GenerateOptions> = {},
  quotaPerHour?: number,
): Promise<TestApi> {
  const db = openDatabase(':memory:');
  const account = generate(db, {
    ...demoOptions(overrides.today ?? new Date().toISOString().slice(0, 10)),
    ...overrides,
  });
  const faults = createFaults();
  const app = buildLocalApi({ db, faults, quotaPerHour });
  await app.ready();
  const auth = basic(account.email, account.password);
  const tokenOf = db.prepare('SELECT api_token FROM users WHERE id = ?');
  return {
    app,
    db,
    faults,
    org: DEMO_IDS.organization,
    ws: DEMO_IDS.workspace,
    demoUserId: DEMO_IDS.demoUser,
    auth,
    authAs(userId) {
      const row = tokenOf.get(userId) as { api_token: string } | undefined;
      if (!row) throw new Error(`no user ${userId}`);
      return basic(row.api_token, 'api_token');
    },
    request(opts) {
      return app.inject({ ...opts, headers: { authorization: auth, ...(opts.headers ?? {}) } });
    },
    wsPath: `/api/organizations/${DEMO_IDS.organization}/workspaces/${DEMO_IDS.workspace}`,
    privateProjectAndOutsider() {
      const privateProject = (db.prepare('SELECT id FROM projects WHERE private = 1').get() as { id: number })
        .id;
      const outsider = (
        db
          .prepare(
            `SELECT u.user_id AS id FROM workspace_users u WHERE u.user_id <> ?
               AND u.user_id NOT IN (SELECT user_id FROM project_users WHERE project_id = ?)
               AND u.user_id NOT IN (SELECT gu.user_id FROM project_groups pg
                                       JOIN group_users gu ON gu.group_id = pg.group_id WHERE pg.project_id = ?)
             LIMIT 1`,
          )
          .get(DEMO_IDS.demoUser, privateProject, privateProject) as { id: number }
      ).id;
      return { privateProject, outsider };
    },
    count(table) {
      return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    },
    async close() {
      await app.close();
      db.close();
    },
  };
}
