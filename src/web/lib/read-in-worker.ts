import type { QueryValue } from '@/api/common';
import { send } from './api-client';
import { ApiError } from './api-error';
import { jobRunner, PLANNER_FAULT, type FromWorker, type SessionFactory, type ToWorker } from './stream-job';

/** What `readInWorker` needs: the worker (made by the caller, where the bundler can see its entry), its job. */
export interface WorkerRead<J, M> {
  /** `() => new Worker(new URL('./x-worker.ts', import.meta.url), { type: 'module' })` */
  worker: () => Worker;
  /** The worker's session, run on the page where there are no workers (tests in Node). */
  session: SessionFactory<J, M>;
  job: J;
}

type Port<J> = Pick<Worker, 'terminate'> & {
  postMessage(message: ToWorker<J>, transfer?: Transferable[]): void;
};
type Lost = { type: 'lost'; error: unknown };

/**
 * Chunks sent and not yet read by the worker, at most: the rest of the answer waits in the network stack
 * instead of the worker's memory (a 66 MB week could queue whole when the worker fell behind). Each "read"
 * waits for the page's thread, so a small credit stalled the stream while the page rendered: 16 slowed the
 * dense week (complete 2,707 → 3,044 ms, 4 runs); 128 did not (3,218 → 2,890 ms, 5 runs).
 */
export const CHUNKS_AHEAD = 128;

/**
 * A streamed read whose answer is parsed in a worker: the request is the page's (`send`: the same proxy,
 * headers, quota reading and errors); the page only forwards the answer's bytes (each chunk's buffer handed
 * over, not copied) and yields what the worker's session posts. Ends (and stops the worker) when the answer
 * has been read, failed, or the read is cancelled, whatever the worker is doing then.
 */
export async function* readInWorker<J, M>(
  path: string,
  read: WorkerRead<J, M>,
  opts: { query?: Record<string, QueryValue>; signal?: AbortSignal },
): AsyncGenerator<M> {
  opts.signal?.throwIfAborted();
  const inbox = mailbox<FromWorker<M> | Lost>();
  const credit = chunkCredit(CHUNKS_AHEAD);
  const onAbort = () => inbox.put({ type: 'lost', error: opts.signal!.reason });
  opts.signal?.addEventListener('abort', onAbort);
  let port: Port<J> | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    // Started before the request, so the worker's script loads while the answer is on its way.
    port = open(read, (message) => (message.type === 'read' ? credit.returned() : inbox.put(message)));
    port.postMessage({ type: 'start', job: read.job });
    const response = await send('focus', path, opts);
    if (!response.body)
      throw new ApiError(response.status, 'invalid_response', 'The server sent an empty answer.');
    reader = response.body.getReader();
    forward(reader, port, credit).catch((error: unknown) => inbox.put({ type: 'lost', error }));
    for (;;) {
      const message = await inbox.take();
      if (message.type === 'lost') throw message.error;
      if (message.type === 'failed') throw failure(message);
      if (message.type === 'done') return;
      if (message.type === 'out') yield message.message;
    }
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    port?.terminate();
    reader?.cancel().catch(() => {});
  }
}

/** What the page throws for a worker's `failed`: the planner's own fault is not told as something Toggl sent. */
function failure(message: Extract<FromWorker<unknown>, { type: 'failed' }>): Error {
  return message.code === PLANNER_FAULT
    ? new Error(`The stream worker failed: ${message.message}`)
    : new ApiError(message.status, message.code, message.message);
}

/** The read's worker, or its session on the page where there are no workers. */
function open<J, M>(read: WorkerRead<J, M>, receive: (message: FromWorker<M> | Lost) => void): Port<J> {
  if (typeof Worker === 'undefined') {
    let ended = false;
    const runner = jobRunner(read.session, receive);
    return {
      postMessage: (message) => !ended && runner.receive(message),
      terminate: () => (ended = true),
    };
  }
  const worker = read.worker();
  worker.onmessage = (event: MessageEvent<FromWorker<M>>) => receive(event.data);
  worker.onerror = () => receive({ type: 'lost', error: new Error('The stream worker could not run.') });
  worker.onmessageerror = () =>
    receive({ type: 'lost', error: new Error('A message of the stream worker could not be read.') });
  return worker;
}

// Sends the answer's bytes to the worker as they arrive, then its end, keeping within the worker's credit.
async function forward<J>(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  port: Port<J>,
  credit: ReturnType<typeof chunkCredit>,
): Promise<void> {
  for (;;) {
    await credit.available();
    const { value, done } = await reader.read();
    if (done) break;
    // A chunk that is a view into a larger buffer is copied; one that owns its buffer hands it over.
    const bytes =
      value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? value : value.slice();
    credit.spent();
    port.postMessage({ type: 'chunk', bytes }, [bytes.buffer]);
  }
  port.postMessage({ type: 'end' });
}

// How many chunks may be sent before the worker says it has read some.
function chunkCredit(max: number) {
  let ahead = 0;
  let waiting: (() => void) | undefined;
  return {
    available: (): Promise<void> =>
      ahead < max ? Promise.resolve() : new Promise((resolve) => (waiting = resolve)),
    spent: () => void ahead++,
    returned() {
      ahead--;
      const wake = waiting;
      waiting = undefined;
      wake?.();
    },
  };
}

// Messages in arrival order, taken one at a time.
function mailbox<T>() {
  const queue: T[] = [];
  let waiting: ((message: T) => void) | undefined;
  return {
    put(message: T) {
      if (waiting) {
        const wake = waiting;
        waiting = undefined;
        wake(message);
      } else queue.push(message);
    },
    take(): Promise<T> {
      const next = queue.shift();
      if (next !== undefined) return Promise.resolve(next);
      return new Promise((resolve) => (waiting = resolve));
    },
  };
}
