import { afterEach, describe, expect, it, vi } from 'vitest';
import { SkipTally } from '@/api/lenient';
import { ApiError } from './api-error';
import { streamInWorker } from './api-stream-worker';
import { streamWorkerSession, type FromWorker, type ToWorker } from './stream-worker-session';

const task = (id: number, name: unknown = `Task ${id} – café 🚀`) => ({
  id,
  name,
  workspace_id: 2,
  allocation_unit: 'hours',
  created_at: '2026-11-01T00:00:00Z',
  estimate_type: 'total',
  is_template: false,
  pinned: false,
  position: 0,
  priority: 'none',
  private: false,
  source: 'focus',
  status_id: 1,
  tag_ids: [],
  tags: [],
  toggl_user_id: 7,
});
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

/** 1,234 blocks of 10 tasks. */
const week = () => Array.from({ length: 1_234 }, (_, i) => block(i + 1, 100 + (i % 10)));

/** The answer's bytes in `chunks` pieces cut anywhere (inside a multi-byte character too). */
function answer(text: string, chunks: number) {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / chunks);
  return new Response(
    new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
        controller.close();
      },
    }),
    { status: 200 },
  );
}

/**
 * A worker in this process: the worker's side (`streamWorkerSession`) behind messages that are structured
 * clones, delivered as tasks, as between a page and its worker.
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  transferred = 0;
  private session?: ReturnType<typeof streamWorkerSession>;
  constructor(readonly url: URL) {
    FakeWorker.made.push(this);
  }
  postMessage(message: ToWorker, transfer: Transferable[] = []) {
    this.transferred += transfer.length;
    const data = structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      if (data.type === 'start')
        this.session = streamWorkerSession(data.kind, data.batch, (out) =>
          setTimeout(() => !this.terminated && this.onmessage?.({ data: structuredClone(out) })),
        );
      else if (data.type === 'chunk') this.session?.chunk(data.bytes);
      else this.session?.end();
    });
  }
  terminate() {
    this.terminated = true;
  }
}

async function readAll(opts: Partial<Parameters<typeof streamInWorker>[1]> = {}) {
  const got: { id: number; task?: { id: number; name: string } | null }[] = [];
  let batches = 0;
  for await (const batch of streamInWorker('/x', { kind: 'blocksWithTask', batch: 500, ...opts })) {
    batches++;
    got.push(...batch);
  }
  return { got, batches };
}

describe('streamInWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.made = [];
  });

  it('yields every block in order, one task object per task across batches, and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const blocks = week();
    vi.stubGlobal('fetch', async () => answer(JSON.stringify(blocks), 23));
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
    const [worker] = FakeWorker.made;
    expect(String(worker.url)).toMatch(/stream-worker\.ts$/);
    // Each chunk's buffer was handed over, not copied.
    expect(worker.transferred).toBe(23);
    expect(worker.terminated).toBe(true);
  });

  it('leaves out the blocks it cannot read and counts them, with what was wrong', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const blocks = [
      block(1, 7),
      block(2, 7, { start: null }),
      block(3, 8, { task: task(8, 42) }),
      block(4, 8),
      block(5, 9, { task: null }),
    ];
    vi.stubGlobal('fetch', async () => answer(JSON.stringify(blocks), 4));
    const skips = new SkipTally();
    const { got } = await readAll({ skips });
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

  it('fails with a plain error when the answer is not JSON, and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('fetch', async () => answer(`[${JSON.stringify(block(1, 7))},{"id": 2, oops}]`, 3));
    const failure = readAll().catch((e: unknown) => e);
    await expect(failure).resolves.toBeInstanceOf(ApiError);
    await expect(failure).resolves.toMatchObject({
      code: 'invalid_response',
      message: 'Toggl Focus sent data that is not valid JSON.',
    });
    expect(FakeWorker.made[0].terminated).toBe(true);
  });

  it('stops when its read is cancelled, and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const text = JSON.stringify(week());
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const bytes = new TextEncoder().encode(text);
      let sent = 0;
      return new Response(
        new ReadableStream({
          pull(c) {
            // The first chunk arrives; the rest never comes before the read is cancelled.
            if (sent++ === 0) c.enqueue(bytes.slice(0, bytes.length / 4));
            else
              return new Promise((_, reject) =>
                init.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
              );
          },
        }),
      );
    });
    const reading = (async () => {
      for await (const batch of streamInWorker('/x', {
        kind: 'blocksWithTask',
        batch: 50,
        signal: controller.signal,
      })) {
        expect(batch.length).toBe(50);
        controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made[0].terminated).toBe(true);
  });

  it('reads on the page where there are no workers, with the same result', async () => {
    const blocks = week();
    vi.stubGlobal('fetch', async () => answer(JSON.stringify(blocks), 5));
    const { got } = await readAll();
    expect(got).toEqual(blocks);
    expect(got[0].task).toBe(got[10].task);
    expect(FakeWorker.made).toHaveLength(0);
  });
});

describe('streamWorkerSession', () => {
  it('decodes characters cut between chunks, at every cut', () => {
    const blocks = [block(1, 7), block(2, 8)];
    const bytes = new TextEncoder().encode(JSON.stringify(blocks));
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const out: FromWorker[] = [];
      const session = streamWorkerSession('blocksWithTask', 500, (m) => out.push(m));
      session.chunk(bytes.slice(0, cut));
      session.chunk(bytes.slice(cut));
      session.end();
      expect(out).toEqual([
        {
          type: 'batch',
          items: [
            { ...blocks[0], task: 0 },
            { ...blocks[1], task: 1 },
          ],
          shared: [blocks[0].task, blocks[1].task],
        },
        { type: 'done', skipped: [] },
      ]);
    }
  });

  it('sends each task once, in the batch where it first appears', () => {
    const out: FromWorker[] = [];
    const session = streamWorkerSession('blocksWithTask', 2, (m) => out.push(m));
    session.chunk(
      new TextEncoder().encode(JSON.stringify([block(1, 7), block(2, 7), block(3, 8), block(4, 7)])),
    );
    session.end();
    const batches = out.filter((m) => m.type === 'batch');
    expect(batches.map((b) => b.items.map((i) => (i as { task: number }).task))).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(batches.map((b) => b.shared.map((t) => (t as { id: number }).id))).toEqual([[7], [8]]);
  });
});
