import { jobRunner, type FromWorker, type SessionFactory, type ToWorker } from './stream-job';

/**
 * A worker in this process, for `readInWorker`'s tests: `jobRunner` with the given session behind messages
 * that are structured clones delivered as tasks, as between a page and its worker. Records what it was sent.
 */
export class FakeWorker<J, M> {
  onmessage: ((event: { data: FromWorker<M> }) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  /** Buffers handed over with the chunks. */
  transferred = 0;
  private readonly runner: ReturnType<typeof jobRunner<J, M>>;

  constructor(session: SessionFactory<J, M>) {
    this.runner = jobRunner(session, (out) =>
      setTimeout(() => !this.terminated && this.onmessage?.({ data: structuredClone(out) })),
    );
  }

  postMessage(message: ToWorker<J>, transfer: Transferable[] = []) {
    this.transferred += transfer.length;
    const data = structuredClone(message);
    setTimeout(() => !this.terminated && this.runner.receive(data));
  }

  terminate() {
    this.terminated = true;
  }

  /** A `worker` for a WorkerRead that hands out fake workers and keeps them in `made`. */
  static factory<J, M>(session: SessionFactory<J, M>) {
    const made: FakeWorker<J, M>[] = [];
    const worker = () => {
      const w = new FakeWorker(session);
      made.push(w);
      return w as unknown as Worker;
    };
    return { worker, made };
  }
}

/** An answer whose bytes come in `chunks` pieces cut anywhere (inside a multi-byte character too). */
export function chunkedAnswer(text: string, chunks: number): Response {
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
