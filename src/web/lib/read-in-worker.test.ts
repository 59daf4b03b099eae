import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, describeError } from './api-error';
import { CHUNKS_AHEAD, readInWorker } from './read-in-worker';
import { arrayStreamParser } from './array-stream-parser';
import { chunkedAnswer, FakeWorker } from './fake-worker.test-helpers';
import { jobRunner, type FromWorker, type SessionFactory } from './stream-job';

/** A session that posts the ids of the elements each chunk completed, and their count at the end. */
const idSession: SessionFactory<{ offset: number }, number[]> = ({ offset }, post) => {
  const parser = arrayStreamParser({ item: z.object({ id: z.number() }), noun: 'x' });
  let count = 0;
  return {
    bytes(chunk) {
      const ids = parser.push(chunk).map((r) => r.id + offset);
      count += ids.length;
      if (ids.length) post(ids);
    },
    end: () => post([count]),
  };
};
const records = (n: number) =>
  JSON.stringify(Array.from({ length: n }, (_, id) => ({ id, name: 'café 🚀' })));

async function readAll(worker: () => Worker, opts: { signal?: AbortSignal } = {}) {
  const got: number[][] = [];
  for await (const ids of readInWorker('/x', { worker, session: idSession, job: { offset: 1000 } }, opts))
    got.push(ids);
  return got;
}

describe('readInWorker', () => {
  // A browser's Worker is there (the reads make their own fake ones); Node has none.
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
  afterEach(() => vi.unstubAllGlobals());

  it("yields what the worker's session posts, hands each chunk's buffer over, and ends the worker", async () => {
    vi.stubGlobal('fetch', async () => chunkedAnswer(records(300), 23));
    const { worker, made } = FakeWorker.factory(idSession);
    const got = await readAll(worker);
    expect(got.slice(0, -1).flat()).toEqual(Array.from({ length: 300 }, (_, i) => 1000 + i));
    expect(got.at(-1)).toEqual([300]);
    expect(made).toHaveLength(1);
    expect(made[0].transferred).toBe(23);
    expect(made[0].terminated).toBe(true);
  });

  it('fails in plain words when the answer cannot be read, and ends the worker', async () => {
    vi.stubGlobal('fetch', async () => chunkedAnswer('[{"id": 1},{"id": 2, oops}]', 3));
    const { worker, made } = FakeWorker.factory(idSession);
    const failure = await readAll(worker).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      code: 'invalid_response',
      message: 'Toggl Focus sent data that is not valid JSON.',
    });
    expect(made[0].terminated).toBe(true);
  });

  it('fails with the answer of a request that was refused, before any worker message', async () => {
    vi.stubGlobal(
      'fetch',
      async () => new Response(JSON.stringify({ error: 'quota exceeded' }), { status: 402 }),
    );
    const { worker, made } = FakeWorker.factory(idSession);
    const failure = await readAll(worker).catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 402 });
    expect(made[0].terminated).toBe(true);
  });

  it('stops when its read is cancelled, and ends the worker', async () => {
    const controller = new AbortController();
    const text = records(2_000);
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      let sent = 0;
      return new Response(
        new ReadableStream({
          pull(c) {
            // The first chunk arrives; the rest never comes before the read is cancelled.
            if (sent++ === 0) c.enqueue(new TextEncoder().encode(text.slice(0, text.length / 4)));
            else
              return new Promise((_, reject) =>
                init.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
              );
          },
        }),
      );
    });
    const { worker, made } = FakeWorker.factory(idSession);
    const reading = (async () => {
      for await (const ids of readInWorker(
        '/x',
        { worker, session: idSession, job: { offset: 0 } },
        { signal: controller.signal },
      )) {
        expect(ids.length).toBeGreaterThan(0);
        controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(made[0].terminated).toBe(true);
  });

  it('copies chunks that are views into a shared buffer before handing them over', async () => {
    vi.stubGlobal('fetch', async () => chunkedAnswer(records(300), 23, true));
    const { worker, made } = FakeWorker.factory(idSession);
    const got = await readAll(worker);
    expect(got.slice(0, -1).flat()).toEqual(Array.from({ length: 300 }, (_, i) => 1000 + i));
    expect(made[0].transferred).toBe(23);
  });

  it('sends the worker only a few chunks ahead of what it has read', async () => {
    vi.stubGlobal('fetch', async () => chunkedAnswer(records(2_000), CHUNKS_AHEAD * 3));
    const { worker, made } = FakeWorker.factory(idSession, (w) => w.hold());
    const reading = readAll(worker);
    await vi.waitFor(() => expect(made[0]?.chunks).toBe(CHUNKS_AHEAD));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(made[0].chunks).toBe(CHUNKS_AHEAD);
    made[0].release();
    const got = await reading;
    expect(made[0].chunks).toBe(CHUNKS_AHEAD * 3);
    expect(got.at(-1)).toEqual([2_000]);
  });

  it('stops at once when cancelled after the last byte, while the worker is still reading', async () => {
    vi.stubGlobal('fetch', async () => chunkedAnswer(records(300), 4));
    const { worker, made } = FakeWorker.factory(idSession, (w) => w.hold());
    const controller = new AbortController();
    const reading = readAll(worker, { signal: controller.signal });
    await vi.waitFor(() => expect(made[0]?.chunks).toBe(4));
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(made[0].terminated).toBe(true);
  });

  it('fails, and does not wait forever, when the worker dies', async () => {
    vi.stubGlobal('fetch', async () => chunkedAnswer(records(300), 4));
    const { worker, made } = FakeWorker.factory(idSession, (w) => {
      w.hold();
      w.crash();
    });
    await expect(readAll(worker)).rejects.toThrow('The stream worker could not run.');
    expect(made[0].terminated).toBe(true);
  });

  it("tells the planner's own fault in a session apart from data Toggl sent", async () => {
    vi.stubGlobal('fetch', async () => chunkedAnswer(records(3), 1));
    const faulty: SessionFactory<null, never> = () => ({
      bytes: () => {
        throw new TypeError('x is undefined');
      },
      end: () => {},
    });
    const { worker } = FakeWorker.factory(faulty);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failure = await (async () => {
      for await (const _ of readInWorker('/x', { worker, session: faulty, job: null }, {}));
    })().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(ApiError);
    expect(describeError(failure)).toBe('Something went wrong in the planner.');
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('runs the session on the page where there are no workers, with the same result', async () => {
    vi.stubGlobal('Worker', undefined);
    vi.stubGlobal('fetch', async () => chunkedAnswer(records(300), 23));
    const { worker, made } = FakeWorker.factory(idSession);
    const got = await readAll(worker);
    expect(got.slice(0, -1).flat()).toEqual(Array.from({ length: 300 }, (_, i) => 1000 + i));
    expect(got.at(-1)).toEqual([300]);
    expect(made).toHaveLength(0);
  });
});

describe('jobRunner', () => {
  it('gives the session every chunk, cut anywhere (inside a character too), and says each was read', () => {
    const bytes = new TextEncoder().encode(records(3));
    for (let cut = 1; cut < bytes.length; cut++) {
      const out: FromWorker<number[]>[] = [];
      const runner = jobRunner(idSession, (m) => out.push(m));
      runner.receive({ type: 'start', job: { offset: 0 } });
      runner.receive({ type: 'chunk', bytes: bytes.slice(0, cut) });
      runner.receive({ type: 'chunk', bytes: bytes.slice(cut) });
      runner.receive({ type: 'end' });
      const ids = out.flatMap((m) => (m.type === 'out' ? [m.message] : []));
      expect(ids.slice(0, -1).flat()).toEqual([0, 1, 2]);
      expect(ids.at(-1)).toEqual([3]);
      expect(out.filter((m) => m.type !== 'out')).toEqual([
        { type: 'read' },
        { type: 'read' },
        { type: 'done' },
      ]);
    }
  });

  it('reports the first failure once and reads nothing after it', () => {
    const out: FromWorker<never>[] = [];
    let calls = 0;
    const runner = jobRunner<null, never>(
      () => ({
        bytes: () => {
          calls++;
          throw new ApiError(200, 'invalid_response', 'Toggl Focus sent data that is not valid JSON.');
        },
        end: () => {},
      }),
      (m) => out.push(m),
    );
    runner.receive({ type: 'start', job: null });
    runner.receive({ type: 'chunk', bytes: new Uint8Array([91]) });
    runner.receive({ type: 'chunk', bytes: new Uint8Array([93]) });
    runner.receive({ type: 'end' });
    expect(calls).toBe(1);
    expect(out.filter((m) => m.type !== 'read')).toEqual([
      {
        type: 'failed',
        status: 200,
        code: 'invalid_response',
        message: 'Toggl Focus sent data that is not valid JSON.',
      },
    ]);
  });
});
