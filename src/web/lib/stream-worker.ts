import { streamWorkerSession, type FromWorker, type ToWorker } from './stream-worker-session';

/**
 * The stream worker: parses one streamed read off the page's thread (see `streamInWorker`). A dense week is
 * 66 MB of JSON; split and parsed on the page it held the main thread for seconds and slowed the stream itself.
 */
// The worker's global scope, as much of it as is used (the app's types are the page's, not a worker's).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};
let session: ReturnType<typeof streamWorkerSession> | undefined;

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'start')
    session = streamWorkerSession(message.kind, message.batch, (out: FromWorker) => scope.postMessage(out));
  else if (message.type === 'chunk') session?.chunk(message.bytes);
  else session?.end();
};
