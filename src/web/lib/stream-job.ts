import { ApiError } from './api-error';

/**
 * One streamed read parsed off the page's thread. The page sends its worker a job, then the answer's bytes as
 * they arrive, then their end; the worker's session reads the bytes and posts what the page needs (batches of
 * items, or one folded result). Transport and failures are here; what a job does is its session's.
 */
export type ToWorker<J> = { type: 'start'; job: J } | { type: 'chunk'; bytes: Uint8Array } | { type: 'end' };

export type FromWorker<M> =
  | { type: 'out'; message: M }
  /** A chunk has been read: the page sends more only while few are waiting (the worker's memory is bounded). */
  | { type: 'read' }
  | { type: 'done' }
  | { type: 'failed'; status: number; code: string; message: string };

/** The `failed` code of the planner's own error in a session (a bug, not something Toggl sent). */
export const PLANNER_FAULT = 'planner_fault';

/**
 * Reads a job's answer, chunk of UTF-8 bytes by chunk (cut anywhere, even inside a character), posting what
 * it makes of it. A throw fails the read.
 */
export type SessionFactory<J, M> = (
  job: J,
  post: (message: M) => void,
) => { bytes(chunk: Uint8Array): void; end(): void };

/** The worker's side of one read: runs the session on the bytes as they come. */
export function jobRunner<J, M>(factory: SessionFactory<J, M>, post: (message: FromWorker<M>) => void) {
  let session: ReturnType<SessionFactory<J, M>> | undefined;
  let failed = false;
  const guard = (run: () => void) => {
    if (failed) return;
    try {
      run();
    } catch (err) {
      failed = true;
      if (err instanceof ApiError)
        post({ type: 'failed', status: err.status, code: err.code, message: err.message });
      else {
        // The planner's own fault: kept for its developers (the worker's console), not shown to the user.
        console.error(err);
        post({ type: 'failed', status: 0, code: PLANNER_FAULT, message: String(err) });
      }
    }
  };
  return {
    receive(message: ToWorker<J>) {
      if (message.type === 'start')
        guard(() => (session = factory(message.job, (out) => post({ type: 'out', message: out }))));
      else if (message.type === 'chunk') {
        guard(() => session?.bytes(message.bytes));
        post({ type: 'read' });
      } else
        guard(() => {
          session?.end();
          post({ type: 'done' });
        });
    },
  };
}

/** A worker's entry: serves the page's reads with `factory` (call it once, at the worker's top level). */
export function serveJobs<J, M>(factory: SessionFactory<J, M>): void {
  // The worker's global scope, as much of it as is used (the app's types are the page's, not a worker's).
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<ToWorker<J>>) => void) | null;
    postMessage(message: FromWorker<M>): void;
  };
  const runner = jobRunner(factory, (message) => scope.postMessage(message));
  scope.onmessage = (event) => runner.receive(event.data);
}
