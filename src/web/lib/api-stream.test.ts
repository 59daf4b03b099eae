import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { SkipTally } from '@/api/lenient';
import { streamJsonArray } from './api-stream';

/** An answer whose chunks are all in already (as a fast local server's are): `chunks` pieces of one array. */
function answer(items: number, chunks: number) {
  const text = JSON.stringify(Array.from({ length: items }, (_, i) => ({ id: i, extra: { deep: [i] } })));
  const size = Math.ceil(text.length / chunks);
  const encoder = new TextEncoder();
  return new Response(
    new ReadableStream({
      start(controller) {
        for (let i = 0; i < text.length; i += size)
          controller.enqueue(encoder.encode(text.slice(i, i + size)));
        controller.close();
      },
    }),
    { status: 200 },
  );
}

describe('streamJsonArray', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('yields every item in order, in batches, parsed by the item schema', async () => {
    vi.stubGlobal('fetch', async () => answer(1_234, 37));
    const ids: number[] = [];
    let batches = 0;
    for await (const batch of streamJsonArray('/x', {
      item: z.object({ id: z.number() }),
      noun: 'x',
      batch: 500,
    })) {
      batches++;
      ids.push(...batch.map((b) => b.id));
    }
    expect(ids).toEqual(Array.from({ length: 1_234 }, (_, i) => i));
    expect(batches).toBe(3);
  });

  it('parses an omitted value only for the records asked for, and gives them back whole', async () => {
    vi.stubGlobal('fetch', async () => answer(300, 7));
    const seen: unknown[] = [];
    const kept: unknown[] = [];
    for await (const batch of streamJsonArray('/x', {
      item: z.object({ id: z.number(), extra: z.null() }),
      noun: 'x',
      omit: 'extra',
      onItem: (item, record) => {
        if (item.id % 100 === 0) kept.push(record());
      },
    }))
      seen.push(...batch);
    expect(seen).toEqual(Array.from({ length: 300 }, (_, id) => ({ id, extra: null })));
    expect(kept).toEqual([0, 100, 200].map((id) => ({ id, extra: { deep: [id] } })));
  });

  it('parses a shared value once per distinct text and gives every element carrying it the same value', async () => {
    const task = (id: number, name: unknown) => ({ id, name });
    const blocks = [
      { id: 1, task: task(7, 'Write') },
      { id: 2, task: task(8, 'Review') },
      { id: 3, task: task(7, 'Write') },
      { id: 4, task: task(9, 42) }, // a task that does not fit: its block is skipped
      { id: 5, task: null },
      { id: 6, task: task(7, 'Write') },
    ];
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(blocks)));
    const skips = new SkipTally();
    const got: { id: number; task?: { id: number; name: string } | null }[] = [];
    for await (const batch of streamJsonArray('/x', {
      item: z.object({ id: z.number(), task: z.object({ id: z.number(), name: z.string() }).nullish() }),
      noun: 'time block',
      share: { key: 'task', schema: z.object({ id: z.number(), name: z.string() }) },
      skips,
    }))
      got.push(...batch);
    expect(got).toEqual([blocks[0], blocks[1], blocks[2], blocks[4], blocks[5]]);
    // One object for task 7, however many blocks carry it.
    expect(got[0].task).toBe(got[2].task);
    expect(got[0].task).toBe(got[4].task);
    expect(got[1].task).not.toBe(got[0].task);
    expect(skips.result()).toEqual([expect.objectContaining({ noun: 'time block', count: 1 })]);
  });

  it('steps aside while a stream that is already in is read, so what waits (another answer, a timer) runs before it ends', async () => {
    vi.stubGlobal('fetch', async () => answer(2_000, 50));
    let itemsWhenTimerRan = -1;
    let seen = 0;
    const item = z.object({ id: z.number() });
    for await (const batch of streamJsonArray('/x', { item, noun: 'x', batch: 10, sliceMs: 0 })) {
      // Something else's turn comes up once the first items are in (an answer, a frame, a key press).
      if (seen === 0)
        setTimeout(() => {
          itemsWhenTimerRan = seen;
        }, 0);
      seen += batch.length;
    }
    expect(seen).toBe(2_000);
    // It ran while the stream was still being read, not after it.
    expect(itemsWhenTimerRan).toBeGreaterThan(0);
    expect(itemsWhenTimerRan).toBeLessThan(2_000);
  });
});
