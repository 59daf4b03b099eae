import { describe, expect, it } from 'vitest';
import { throttleBatches } from './throttle-batches';

async function* from(batches: number[][], clock: { t: number }, step: number) {
  for (const b of batches) {
    clock.t += step;
    yield b;
  }
}

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('throttleBatches', () => {
  it('yields the first batch at once, then merges batches arriving within the interval', async () => {
    const clock = { t: 0 };
    const out = await collect(
      throttleBatches(from([[1], [2], [3], [4], [5]], clock, 50), 120, () => clock.t),
    );
    // t=50 first; 100, 150 merged until 180 (t=200), then the rest flushed at the end.
    expect(out).toEqual([[1], [2, 3, 4], [5]]);
    expect(out.flat()).toEqual([1, 2, 3, 4, 5]);
  });
  it('passes slow batches through one by one', async () => {
    const clock = { t: 0 };
    expect(await collect(throttleBatches(from([[1], [2], [3]], clock, 500), 120, () => clock.t))).toEqual([
      [1],
      [2],
      [3],
    ]);
  });
  it('waits past the interval until a merged batch doubles what was yielded, but never past maxWait', async () => {
    const clock = { t: 0 };
    const batches = Array.from({ length: 30 }, (_, i) => [i]);
    const out = await collect(throttleBatches(from(batches, clock, 100), 150, () => clock.t, 1000));
    // One item per 100 ms. t=100: 1 at once; t=300: 2 >= 1; t=500: 2 < 3, so t=600: 3; t=1200: 6 >= 6;
    // t=2200: 10 < 12 but a second has passed; the last 8 at the end.
    expect(out.map((b) => b.length)).toEqual([1, 2, 3, 6, 10, 8]);
    expect(out.flat()).toEqual(batches.flat());
  });
  it('yields nothing for an empty source', async () => {
    expect(await collect(throttleBatches(from([], { t: 0 }, 1), 120, () => 0))).toEqual([]);
  });
});
