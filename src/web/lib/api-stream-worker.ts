import type { QueryValue } from '@/api/common';
import { send } from './api-client';
import { ApiError } from './api-error';
import { jobRunner, type FromWorker, type SessionFactory, type ToWorker } from './stream-job';

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

/**
 * A streamed read whose answer is parsed in a worker: the request is the page's (`send`: the same proxy,
 * headers, quota reading and errors); the page only forwards the answer's bytes (each chunk's buffer handed
 * over, not copied) and yields what the worker's session posts. Ends (and stops the worker) when the answer
 * has been read, failed, or the read is cancelled.
 */
export async function* readInWorker<J, M>(
  path: string,
  read: WorkerRead<J, M>,
  opts: { query?: Record<string, QueryValue>; signal?: AbortSignal },
): AsyncGenerator<M> {
  const inbox = mailbox<FromWorker<M> | { type: 'lost'; error: unknown }>();
  // Started before the request, so the worker's script loads while the answer is on its way.
  const port = open(read, (message) => inbox.put(message));
  port.postMessage({ type: 'start', job: read.job });
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    const response = await send('focus', path, opts);
    if (!response.body)
      throw new ApiError(response.status, 'invalid_response', 'The server sent an empty answer.');
    reader = response.body.getReader();
    forward(reader, port).catch((error: unknown) => inbox.put({ type: 'lost', error }));
    for (;;) {
      const message = await inbox.take();
      if (message.type === 'lost') throw message.error;
      if (message.type === 'failed') throw new ApiError(message.status, message.code, message.message);
      if (message.type === 'done') return;
      yield message.message;
    }
  } finally {
    port.terminate();
    reader?.cancel().catch(() => {});
  }
}

/** The read's worker, or its session on the page where there are no workers. */
function open<J, M>(
  read: WorkerRead<J, M>,
  receive: (message: FromWorker<M> | { type: 'lost'; error: unknown }) => void,
): Port<J> {
  if (typeof Worker === 'undefined') {
    let ended = false;
    const runner = jobRunner(read.session, (message) => !ended && receive(message));
    return { postMessage: (message) => runner.receive(message), terminate: () => (ended = true) };
  }
  const worker = read.worker();
  worker.onmessage = (event: MessageEvent<FromWorker<M>>) => receive(event.data);
  worker.onerror = () => receive({ type: 'lost', error: new Error('The stream worker could not run.') });
  return worker;
}

/** Sends the answer's bytes to the worker as they arrive, then its end. */
async function forward<J>(reader: ReadableStreamDefaultReader<Uint8Array>, port: Port<J>): Promise<void> {
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    // A chunk that is a view into a larger buffer is copied; one that owns its buffer hands it over.
    const bytes =
      value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? value : value.slice();
    port.postMessage({ type: 'chunk', bytes }, [bytes.buffer]);
  }
  port.postMessage({ type: 'end' });
}

/** Messages in arrival order, taken one at a time. */
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
