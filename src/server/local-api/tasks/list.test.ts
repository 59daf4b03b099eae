import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskPageSchema, taskSchema } from '@/api/task';
import { createTestApi, type TestApi } from '../test-harness';

let api: TestApi;
const ids = (rows: unknown[]) => (rows as { id: number }[]).map((r) => r.id).sort((a, b) => a - b);

/** Expected ids straight from the DB: live tasks of the workspace matching `cond`. */
function expected(cond: string, ...args: unknown[]): number[] {
  return ids(
    api.db
      .prepare(
        `SELECT t.id FROM tasks t LEFT JOIN projects p ON p.id = t.project_id
          WHERE t.workspace_id = 5200 AND t.deleted_at IS NULL AND t.archived_at IS NULL AND (${cond})`,
      )
      .all(...args),
  );
}

/** Every id GET /tasks answers for the query, over all pages. */
async function listAll(query: string, auth?: string): Promise<number[]> {
  const out: number[] = [];
  for (let page = 1; ; page++) {
    const res = await api.request({
      url: `${api.wsPath}/tasks?per_page=100&page=${page}${query ? `&${query}` : ''}`,
      headers: auth ? { authorization: auth } : undefined,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = taskPageSchema.parse(res.json());
    out.push(...body.data.map((t) => t.id));
    if (page * 100 >= body.total) break;
  }
  return out.sort((a, b) => a - b);
}

const blockStart = () =>
  api.db.prepare('SELECT MIN(start) AS s, MAX(start) AS e FROM time_blocks').get() as {
    s: string;
    e: string;
  };

beforeAll(async () => {
  api = await createTestApi();
  const db = api.db;
  db.prepare("UPDATE tasks SET archived_at = '2026-01-01T00:00:00Z' WHERE id = 10003").run();
  db.prepare("UPDATE tasks SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = 10004").run();
  db.prepare('UPDATE tasks SET pinned = 1, private = 1 WHERE id IN (10005, 10015)').run();
  db.prepare('UPDATE tasks SET start_date = NULL, end_date = NULL WHERE id = 10006').run();
  db.prepare('UPDATE tasks SET parent_task_id = 10009 WHERE id IN (10008, 10010, 10013)').run();
  db.prepare('UPDATE tasks SET status_id = 7003 WHERE id = 10010').run();
  db.prepare('UPDATE tasks SET status_id = 7001 WHERE id = 10008').run();
  db.prepare("UPDATE tasks SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = 10013").run();
  db.prepare("UPDATE tasks SET priority_at = '2026-01-05' WHERE id IN (10011, 10020)").run();
  db.prepare("UPDATE tasks SET source = 'focus' WHERE id IN (10012, 10030)").run();
  db.prepare("UPDATE tasks SET rrule = 'FREQ=WEEKLY' WHERE id = 10031").run();
  db.prepare('UPDATE tasks SET name = ? WHERE id = 10032').run('100% done_x');
});
afterAll(() => api.close());

describe('GET /tasks filters (expectations from the DB)', () => {
  const s = '2026-01-01';
  // The mid-data window of `today()` under the two given parameter names.
  const windowed = (from: string, to: string) => (): [string, unknown[]] => {
    const d = today();
    return [`${from}=${d.from}&${to}=${d.to}`, []];
  };
  const cases: [string, () => [string, unknown[]]][] = [
    ['no filter', () => ['1', []]],
    ['start_date & end_date (overlap)', windowed('start_date', 'end_date')],
    ['status_id', () => ['status_id=7001,7002', []]],
    ['project_id empty = no project', () => ['project_id=', []]],
    ['project_id none or 3001', () => ['project_id=,3001', []]],
    ['parent_task_id', () => ['parent_task_id=10009', []]],
    ['parent_task_id empty', () => ['parent_task_id=', []]],
    ['client_id', () => ['client_id=6001', []]],
    ['client_id empty', () => ['client_id=', []]],
    ['assignee_user_id', () => ['assignee_user_id=1002,1003', []]],
    ['assignee_user_id empty', () => ['assignee_user_id=', []]],
    ['tag_id', () => ['tag_id=8001', []]],
    ['tag_id empty', () => ['tag_id=', []]],
    ['has_dates true', () => ['has_dates=true', []]],
    ['has_dates false', () => ['has_dates=false', []]],
    ['has_time_blocks true', () => ['has_time_blocks=true', []]],
    ['has_time_blocks false', () => ['has_time_blocks=false', []]],
    ['pinned', () => ['pinned=true', []]],
    ['private false', () => ['private=false', []]],
    ['name (case-insensitive, wildcards literal)', () => ['name=LOGIN', []]],
    ['name with %', () => ['name=100%25', []]],
    ['estimated_mins_min/max', () => ['estimated_mins_min=300&estimated_mins_max=900', []]],
    ['priority', () => ['priority=high,low', []]],
    ['is_priority', () => ['is_priority=true', []]],
    ['source', () => ['source=focus', []]],
    ['toggl_user_id', () => ['toggl_user_id=1001', []]],
    ['start_date_from/to (legacy)', windowed('start_date_from', 'start_date_to')],
    ['end_date_from/to (legacy)', windowed('end_date_from', 'end_date_to')],
    ['dates_overlap_start/end (legacy)', windowed('dates_overlap_start', 'dates_overlap_end')],
    ['state=done', () => ['state=done', []]],
    ['state=timeblocked', () => ['state=timeblocked', []]],
    ['recurring', () => ['recurring=true', []]],
    ['time_block_completed', () => ['time_block_completed=true', []]],
    [
      'timeblock_start_from/until',
      () => {
        const b = blockStart();
        return [`timeblock_start_from=${b.s}&timeblock_start_until=${b.s.slice(0, 10)}T23:59:59Z`, []];
      },
    ],
    ['archived=true', () => ['archived=true', []]],
    ['has_time_entries=true (none locally)', () => ['has_time_entries=true', []]],
    ['single-day window (start_date = end_date)', () => [`start_date=${s}&end_date=${s}`, []]],
  ];
  const expectations: Record<string, () => number[]> = {
    'no filter': () => expected('1'),
    'start_date & end_date (overlap)': () => {
      const d = today();
      return expected('t.start_date <= ? AND t.end_date >= ?', d.to, d.from);
    },
    status_id: () => expected('t.status_id IN (7001, 7002)'),
    'project_id empty = no project': () => expected('t.project_id IS NULL'),
    'project_id none or 3001': () => expected('t.project_id IS NULL OR t.project_id = 3001'),
    parent_task_id: () => expected('t.parent_task_id = 10009'),
    'parent_task_id empty': () => expected('t.parent_task_id IS NULL'),
    client_id: () => expected('p.client_id = 6001'),
    'client_id empty': () => expected('p.client_id IS NULL'),
    assignee_user_id: () =>
      expected('t.id IN (SELECT task_id FROM task_assignees WHERE user_id IN (1002, 1003))'),
    'assignee_user_id empty': () => expected('t.id NOT IN (SELECT task_id FROM task_assignees)'),
    tag_id: () => expected('t.id IN (SELECT task_id FROM task_tags WHERE tag_id = 8001)'),
    'tag_id empty': () => expected('t.id NOT IN (SELECT task_id FROM task_tags)'),
    'has_dates true': () => expected('t.start_date IS NOT NULL'),
    'has_dates false': () => expected('t.start_date IS NULL'),
    'has_time_blocks true': () =>
      expected('t.id IN (SELECT task_id FROM time_blocks WHERE deleted_at IS NULL AND archived_at IS NULL)'),
    'has_time_blocks false': () =>
      expected(
        't.id NOT IN (SELECT task_id FROM time_blocks WHERE deleted_at IS NULL AND archived_at IS NULL)',
      ),
    pinned: () => expected('t.pinned = 1'),
    'private false': () => expected('t.private = 0'),
    'name (case-insensitive, wildcards literal)': () =>
      api.db
        .prepare(
          'SELECT id, name FROM tasks WHERE workspace_id = 5200 AND deleted_at IS NULL AND archived_at IS NULL',
        )
        .all()
        .filter((r) => (r as { name: string }).name.toLowerCase().includes('login'))
        .map((r) => (r as { id: number }).id)
        .sort((a, b) => a - b),
    'name with %': () => [10032],
    'estimated_mins_min/max': () => expected('t.estimated_mins BETWEEN 300 AND 900'),
    priority: () => expected("t.priority IN ('high', 'low')"),
    is_priority: () => [10011, 10020],
    source: () => [10012, 10030],
    toggl_user_id: () => expected('t.toggl_user_id = 1001'),
    'start_date_from/to (legacy)': () => {
      const d = today();
      return expected('t.start_date BETWEEN ? AND ?', d.from, d.to);
    },
    'end_date_from/to (legacy)': () => {
      const d = today();
      return expected('t.end_date BETWEEN ? AND ?', d.from, d.to);
    },
    'dates_overlap_start/end (legacy)': () => {
      const d = today();
      return expected('t.start_date <= ? AND t.end_date >= ?', d.to, d.from);
    },
    'state=done': () => expected('t.status_id = 7003'),
    'state=timeblocked': () =>
      expected('t.id IN (SELECT task_id FROM time_blocks WHERE deleted_at IS NULL AND archived_at IS NULL)'),
    recurring: () => [10031],
    time_block_completed: () =>
      expected(
        't.id IN (SELECT task_id FROM time_blocks WHERE completed_at IS NOT NULL AND deleted_at IS NULL)',
      ),
    'timeblock_start_from/until': () => {
      const b = blockStart();
      return expected(
        't.id IN (SELECT task_id FROM time_blocks WHERE deleted_at IS NULL AND start >= ? AND start <= ?)',
        b.s,
        `${b.s.slice(0, 10)}T23:59:59Z`,
      );
    },
    'archived=true': () => [10003],
    'has_time_entries=true (none locally)': () => [],
    'single-day window (start_date = end_date)': () =>
      expected('t.start_date <= ? AND t.end_date >= ?', s, s),
  };
  for (const [name, make] of cases) {
    it(name, async () => {
      const [query] = make();
      const want = expectations[name]();
      expect(await listAll(query)).toEqual(want);
    });
  }

  it('every filter case is non-trivial somewhere: several filters select a strict subset', () => {
    const all = expected('1').length;
    expect(expectations['status_id']().length).toBeLessThan(all);
    expect(expectations['project_id empty = no project']().length).toBeGreaterThan(0);
    expect(expectations['has_time_blocks true']().length).toBeGreaterThan(0);
    expect(expectations['time_block_completed']().length).toBeGreaterThan(0);
    const window = expectations['start_date & end_date (overlap)']().length;
    expect(window).toBeGreaterThan(0);
    expect(window).toBeLessThan(all);
  });

  it('time_block_id lists the tasks of those blocks', async () => {
    const blocks = api.db.prepare('SELECT id, task_id FROM time_blocks ORDER BY id LIMIT 3').all() as {
      id: number;
      task_id: number;
    }[];
    const got = await listAll(`time_block_id=${blocks.map((b) => b.id).join(',')}`);
    expect(got).toEqual([...new Set(blocks.map((b) => b.task_id))].sort((a, b) => a - b));
  });

  it('never lists deleted tasks, and archived only on request', async () => {
    const all = await listAll('');
    expect(all).not.toContain(10004);
    expect(all).not.toContain(10003);
    expect(await listAll('archived=false')).toEqual(all);
  });

  it('hides tasks of private projects from a user who cannot see them', async () => {
    const { privateProject, outsider } = api.privateProjectAndOutsider();
    const got = await listAll('', api.authAs(outsider));
    expect(got).toEqual(expected('t.project_id IS NULL OR t.project_id <> ?', privateProject));
    expect(expected('t.project_id = ?', privateProject).length).toBeGreaterThan(0);
  });
});

const blockIdsOf = (taskId: number) =>
  (api.db.prepare('SELECT id FROM time_blocks WHERE task_id = ?').all(taskId) as { id: number }[])
    .map((r) => r.id)
    .join(',');

function today() {
  const row = api.db.prepare('SELECT MIN(start_date) AS a, MAX(end_date) AS b FROM tasks').get() as {
    a: string;
    b: string;
  };
  // A window in the middle of the data: some tasks overlap it, some do not.
  const mid = new Date((Date.parse(row.a) + Date.parse(row.b)) / 2);
  const from = mid.toISOString().slice(0, 10);
  const to = new Date(mid.getTime() + 3 * 86400_000).toISOString().slice(0, 10);
  return { from, to };
}

describe('GET /tasks paging, order, aggregates', () => {
  it('pages with a total and no overlap between pages', async () => {
    const p1 = (await api.request({ url: `${api.wsPath}/tasks?per_page=7&page=1` })).json();
    const p2 = (await api.request({ url: `${api.wsPath}/tasks?per_page=7&page=2` })).json();
    expect(p1.total).toBe(expected('1').length);
    expect(p1.per_page).toBe(7);
    expect(p2.page).toBe(2);
    expect(p1.data).toHaveLength(7);
    const overlap = p1.data.filter((a: { id: number }) => p2.data.some((b: { id: number }) => b.id === a.id));
    expect(overlap).toHaveLength(0);
  });

  it('orders by whitelisted fields with - for descending and id as the tie-break', async () => {
    const res = await api.request({ url: `${api.wsPath}/tasks?per_page=100&order_by=-start_date,name` });
    const data = res.json().data as { id: number; start_date: string | null; name: string }[];
    const sorted = [...data].sort(
      (a, b) =>
        (b.start_date ?? '').localeCompare(a.start_date ?? '') ||
        a.name.toLowerCase().localeCompare(b.name.toLowerCase()) ||
        a.id - b.id,
    );
    expect(data.map((t) => t.id)).toEqual(sorted.map((t) => t.id));
  });

  it('computes counters from real rows and hydrates the parent', async () => {
    const withBlocks = api.db
      .prepare(
        `SELECT task_id, COUNT(*) AS n, SUM(completed_at IS NOT NULL) AS done, SUM(duration) AS secs FROM time_blocks
          WHERE deleted_at IS NULL AND archived_at IS NULL GROUP BY task_id ORDER BY n DESC LIMIT 1`,
      )
      .get() as { task_id: number; n: number; done: number; secs: number };
    const all = await api.request({
      url: `${api.wsPath}/tasks?parent_task_id=,10009&name=&toggl_user_id=1001&per_page=100&has_time_blocks=true&time_block_id=${blockIdsOf(withBlocks.task_id)}`,
    });
    const t = (all.json().data as Record<string, number>[]).find((x) => x.id === withBlocks.task_id)!;
    expect(t.time_block_total_count).toBe(withBlocks.n);
    expect(t.time_block_completed_count).toBe(withBlocks.done);
    expect(t.time_block_scheduled_total_count).toBe(withBlocks.n);
    expect(t.total_blocked_time).toBe(withBlocks.secs);
    expect(t.total_scheduled_blocked_time).toBe(withBlocks.secs);
    expect(t.total_tracked_time).toBe(0);

    const parents = (
      await api.request({ url: `${api.wsPath}/tasks?per_page=100&parent_task_id=10009` })
    ).json();
    const child = parents.data.find((x: { id: number }) => x.id === 10008);
    expect(child.parent.id).toBe(10009);
    expect(child.parent_task_name).toBe(child.parent.name);
    taskSchema.parse(child.parent);
    const parent = (await api.request({ url: `${api.wsPath}/tasks?per_page=100&name=` })).json();
    const p = parent.data.find((x: { id: number }) => x.id === 10009);
    // 10008 and 10010 are live children (10013 is deleted); 10010 is done.
    expect(p.sub_task_total_count).toBe(2);
    expect(p.sub_task_done_count).toBe(1);
  });

  it('disable_aggregations zeroes the counters and skips the parent', async () => {
    const res = await api.request({
      url: `${api.wsPath}/tasks?per_page=100&parent_task_id=10009&disable_aggregations=true`,
    });
    for (const t of res.json().data) {
      expect(t.parent).toBeNull();
      expect(t.time_block_total_count).toBe(0);
    }
  });

  it('include_rates adds project.rate (null: no rates locally); with_entries is accepted', async () => {
    const on = (
      await api.request({ url: `${api.wsPath}/tasks?project_id=3001&include_rates=true&with_entries=true` })
    ).json();
    expect(on.data[0].project.rate).toBeNull();
    expect(on.data[0].time_entry_total_count).toBe(0);
    const off = (await api.request({ url: `${api.wsPath}/tasks?project_id=3001` })).json();
    expect('rate' in off.data[0].project).toBe(false);
  });

  it.each([
    ['status_id=abc'],
    ['start_date=2026-02-30'],
    ['per_page=101'],
    ['page=0'],
    ['order_by=password'],
    ['archived=maybe'],
    ['project_id=-1'],
    ['timeblock_start_from=yesterday'],
    ['start_date=2026-03-02&end_date=2026-03-01'],
  ])('rejects %s with a 400 in the Focus shape', async (query) => {
    const res = await api.request({ url: `${api.wsPath}/tasks?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('bad_request');
    expect(typeof res.json().error_description).toBe('string');
  });

  it('answers 403 for a workspace of another organization', async () => {
    const res = await api.request({ url: '/api/organizations/1/workspaces/5200/tasks' });
    expect(res.statusCode).toBe(403);
  });
});
