import { afterEach, describe, expect, it, vi } from 'vitest';
import { SkipTally } from '@/api/lenient';
import type { Task } from '@/api/task';
import { focusTask } from '@/api/test-fixtures';
import { chunkedAnswer, FakeWorker } from '@/web/lib/fake-worker.test-helpers';
import { readWeek } from './week-read';
import { weekSession, type WeekMessage } from './week-session';

/** A task as a block carries it; `name` may be what Toggl should not send. */
const task = (id: number, name: unknown = `Task ${id} – café 🚀`) => focusTask(id, { name } as Partial<Task>);
const block = (id: number, taskId: number, extra: Record<string, unknown> = {}) => ({
  id,
  workspace_id: 2,
  task_id: taskId,
  toggl_user_id: 7,
  start: '2026-11-30T09:00:00Z',
  duration: 3600,
  created_at: '2026-11-01T00:00:00Z',
  has_time_entry: false,
  task: task(taskId),
  ...extra,
});

const workers = () => FakeWorker.stub(weekSession);

async function readAll(skips?: SkipTally) {
  const got: { id: number; task?: { id: number } | null }[] = [];
  let batches = 0;
  for await (const batch of readWeek('/x', { query: {}, skips, batch: 500 })) {
    batches++;
    got.push(...batch);
  }
  return { got, batches };
}

describe('readWeek', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('yields every block in order, with one task object per task across batches, from its worker', async () => {
    const made = workers();
    const blocks = Array.from({ length: 1_234 }, (_, i) => block(i + 1, 100 + (i % 10)));
    vi.stubGlobal('fetch', async () => chunkedAnswer(JSON.stringify(blocks), 23));
    const { got, batches } = await readAll();
    expect(got).toEqual(blocks);
    expect(batches).toBe(3);
    const byTask = new Map<number, unknown>();
    for (const b of got) {
      const seen = byTask.get(b.task!.id);
      if (seen) expect(b.task).toBe(seen);
      else byTask.set(b.task!.id, b.task);
    }
    expect(byTask.size).toBe(10);
    expect(made).toHaveLength(1);
    expect(String(made[0].url)).toMatch(/week-worker\.ts$/);
  });

  it('leaves out the blocks it cannot read and counts them, with what was wrong', async () => {
    workers();
    const blocks = [
      block(1, 7),
      block(2, 7, { start: null }),
      block(3, 8, { task: task(8, 42) }),
      block(4, 8),
      block(5, 9, { task: null }),
    ];
    vi.stubGlobal('fetch', async () => chunkedAnswer(JSON.stringify(blocks), 4));
    const skips = new SkipTally();
    const { got } = await readAll(skips);
    expect(got.map((b) => b.id)).toEqual([1, 4, 5]);
    expect(got[2].task).toBeNull();
    expect(skips.result()).toEqual([
      {
        noun: 'time block',
        count: 2,
        findings: [
          expect.objectContaining({ field: 'start' }),
          expect.objectContaining({ field: 'task.name' }),
        ],
      },
    ]);
  });
});

describe('weekSession', () => {
  it('sends each task once, in the batch where it first appears', () => {
    const out: WeekMessage[] = [];
    const session = weekSession({ batch: 2 }, (m) => out.push(m));
    session.bytes(
      new TextEncoder().encode(JSON.stringify([block(1, 7), block(2, 7), block(3, 8), block(4, 7)])),
    );
    session.end();
    const batches = out.filter((m) => m.type === 'batch');
    expect(batches.map((b) => b.items.map((i) => (i as { task: number }).task))).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(batches.map((b) => b.tasks.map((t) => (t as { id: number }).id))).toEqual([[7], [8]]);
    expect(out.at(-1)).toEqual({ type: 'skipped', skipped: [] });
  });
});
