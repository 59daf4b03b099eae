import { vi } from 'vitest';
import { jobRunner, type FromWorker, type SessionFactory, type ToWorker } from './stream-job';

/**
 * A worker in this process, for `readInWorker`'s tests: `jobRunner` with the given session behind messages
 * that are structured clones (transferred buffers detached, as a real worker's are) delivered as tasks.
 * `hold()` stops it reading (a worker that fell behind), `release()` lets it go on; `crash()` fires `error`.
 */
export class FakeWorker<J, M> {
  onmessage: ((event: { data: FromWorker<M> }) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  /** Buffers handed over with the chunks. */
  transferred = 0;
  /** Chunks received (read or held). */
  chunks = 0;
  private held: ToWorker<J>[] | null = null;
  private readonly runner: ReturnType<typeof jobRunner<J, M>>;

  constructor(session: SessionFactory<J, M>) {
    this.runner = jobRunner(session, (out) =>
      setTimeout(() => !this.terminated && this.onmessage?.({ data: structuredClone(out) })),
    );
  }

  postMessage(message: ToWorker<J>, transfer: Transferable[] = []) {
    this.transferred += transfer.length;
    const data = structuredClone(message, { transfer });
    if (data.type === 'chunk') this.chunks++;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.held) this.held.push(data);
      else this.runner.receive(data);
    });
  }

  hold() {
    this.held ??= [];
  }

  release() {
    const held = this.held ?? [];
    this.held = null;
    for (const m of held) if (!this.terminated) this.runner.receive(m);
  }

  crash() {
    setTimeout(() => this.onerror?.());
  }

  terminate() {
    this.terminated = true;
  }

  /**
   * Stands in for the global `Worker` (for reads that make their own with `new Worker(url)`): each one runs
   * `session` and is kept in the returned list, its `url` with it. Undo with `vi.unstubAllGlobals()`.
   */
  static stub<J, M>(session: SessionFactory<J, M>): (FakeWorker<J, M> & { url: URL })[] {
    const made: (FakeWorker<J, M> & { url: URL })[] = [];
    vi.stubGlobal(
      'Worker',
      class extends FakeWorker<J, M> {
        constructor(readonly url: URL) {
          super(session);
          made.push(this);
        }
      },
    );
    return made;
  }

  /** A `worker` for a WorkerRead that hands out fake workers and keeps them in `made`. */
  static factory<J, M>(session: SessionFactory<J, M>, setUp?: (w: FakeWorker<J, M>) => void) {
    const made: FakeWorker<J, M>[] = [];
    const worker = () => {
      const w = new FakeWorker(session);
      setUp?.(w);
      made.push(w);
      return w as unknown as Worker;
    };
    return { worker, made };
  }
}

/**
 * An answer whose bytes come in `chunks` pieces cut anywhere (inside a multi-byte character too); with
 * `views`, each piece is a view into one shared buffer, as some streams hand them out.
 */
export function chunkedAnswer(text: string, chunks: number, views = false): Response {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / chunks);
  return new Response(
    new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += size)
          controller.enqueue(views ? bytes.subarray(i, i + size) : bytes.slice(i, i + size));
        controller.close();
      },
    }),
    { status: 200 },
  );
}
