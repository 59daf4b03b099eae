import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SkipTally } from '@/api/lenient';
import { arrayStreamParser } from './array-stream-parser';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Feeds `text`'s UTF-8 bytes to the parser in `chunks` pieces cut anywhere; everything it gave back. */
function readInChunks<T>(parser: { push(bytes: Uint8Array): T[] }, text: string, chunks: number): T[] {
  const bytes = utf8(text);
  const size = Math.ceil(bytes.length / chunks);
  const out: T[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(...parser.push(bytes.slice(i, i + size)));
  return out;
}

const records = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, extra: { deep: [i] } }));

describe('arrayStreamParser', () => {
  it('gives every element in order, parsed by the item schema, however the text is cut', () => {
    for (const chunks of [1, 7, 37, 500]) {
      const parser = arrayStreamParser({ item: z.object({ id: z.number() }), noun: 'x' });
      const got = readInChunks(parser, JSON.stringify(records(1_234)), chunks);
      expect(got.map((r) => r.id)).toEqual(Array.from({ length: 1_234 }, (_, i) => i));
    }
  });

  it('reads characters of any length cut between chunks, at every cut, also in what it omits', () => {
    const items = [
      { id: 1, name: 'café 🚀 ünïcödé', extra: { note: '日本語 😀' } },
      { id: 2, name: '"🚀"\\', extra: { note: 'é' } },
    ];
    const text = JSON.stringify(items);
    const bytes = utf8(text);
    for (let cut = 1; cut < bytes.length; cut++) {
      const whole: unknown[] = [];
      const parser = arrayStreamParser({
        item: z.object({ id: z.number(), name: z.string(), extra: z.null() }),
        noun: 'x',
        omit: 'extra',
        onItem: (_, record) => whole.push(record()),
      });
      const got = [...parser.push(bytes.slice(0, cut)), ...parser.push(bytes.slice(cut))];
      expect(got).toEqual(items.map((i) => ({ ...i, extra: null })));
      expect(whole).toEqual(items);
    }
  });

  it('parses an omitted value only for the records asked for, and gives them back whole', () => {
    const kept: unknown[] = [];
    const parser = arrayStreamParser({
      item: z.object({ id: z.number(), extra: z.null() }),
      noun: 'x',
      omit: 'extra',
      onItem: (item, record) => {
        if (item.id % 100 === 0) kept.push(record());
      },
    });
    const seen = readInChunks(parser, JSON.stringify(records(300)), 7);
    expect(seen).toEqual(Array.from({ length: 300 }, (_, id) => ({ id, extra: null })));
    expect(kept).toEqual([0, 100, 200].map((id) => ({ id, extra: { deep: [id] } })));
  });

  it('parses a shared value once per distinct text and gives every element carrying it the same value', () => {
    const task = (id: number, name: unknown) => ({ id, name });
    const blocks = [
      { id: 1, task: task(7, 'Write') },
      { id: 2, task: task(8, 'Review') },
      { id: 3, task: task(7, 'Write') },
      { id: 4, task: task(9, 42) }, // a task that does not fit: its block is skipped
      { id: 5, task: null },
      { id: 6, task: task(7, 'Write') },
    ];
    const skips = new SkipTally();
    const parser = arrayStreamParser({
      item: z.object({ id: z.number(), task: z.object({ id: z.number(), name: z.string() }).nullish() }),
      noun: 'time block',
      share: { key: 'task', schema: z.object({ id: z.number(), name: z.string() }) },
      skips,
    });
    const got = readInChunks(parser, JSON.stringify(blocks), 3);
    expect(got).toEqual([blocks[0], blocks[1], blocks[2], blocks[4], blocks[5]]);
    // One object for task 7, however many blocks carry it.
    expect(got[0].task).toBe(got[2].task);
    expect(got[0].task).toBe(got[4].task);
    expect(got[1].task).not.toBe(got[0].task);
    expect(skips.result()).toEqual([
      { noun: 'time block', count: 1, findings: [expect.objectContaining({ field: 'task.name' })] },
    ]);
  });

  it('fails in plain words on an answer cut off before its end, and not on a whole one', () => {
    const parser = arrayStreamParser({ item: z.object({ id: z.number() }), noun: 'x' });
    expect(parser.push(utf8('[{"id": 1},{"id": 2'))).toEqual([{ id: 1 }]);
    expect(() => parser.end()).toThrow(
      'The answer from Toggl Focus ended before it was complete. Try again.',
    );
    const whole = arrayStreamParser({ item: z.object({ id: z.number() }), noun: 'x' });
    whole.push(utf8('[]'));
    expect(() => whole.end()).not.toThrow();
  });

  it('fails in plain words on an element that is not JSON', () => {
    const parser = arrayStreamParser({ item: z.object({ id: z.number() }), noun: 'x' });
    expect(parser.push(utf8('[{"id": 1},'))).toEqual([{ id: 1 }]);
    expect(() => parser.push(utf8('{"id": 2, oops}]'))).toThrow(
      'Toggl Focus sent data that is not valid JSON.',
    );
  });
});
