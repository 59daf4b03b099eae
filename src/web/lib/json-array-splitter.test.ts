import { describe, expect, it } from 'vitest';
import { decodeOmitted, JsonArraySplitter, type SplitElement } from './json-array-splitter';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Feeds `text` to one splitter in chunks of `size` bytes; the elements it yields, parsed. */
function splitInChunks(text: string, size: number): unknown[] {
  return elementsInChunks(text, size).map((e) => JSON.parse(e.text));
}

/** The elements as given, each omitted value read before the next push (as the splitter asks). */
function elementsInChunks(text: string, size: number, omit?: string): { text: string; omitted?: string }[] {
  const splitter = new JsonArraySplitter(omit);
  const bytes = utf8(text);
  const got: { text: string; omitted?: string }[] = [];
  const read = (e: SplitElement) => ({
    text: e.text,
    omitted: e.omitted === undefined ? undefined : decodeOmitted(e.omitted),
  });
  for (let i = 0; i < bytes.length; i += size) got.push(...splitter.push(bytes.slice(i, i + size)).map(read));
  return got;
}

describe('JsonArraySplitter', () => {
  const items = [
    { id: 1, name: 'a "quoted" } ] { [' },
    { id: 2, nested: { list: [1, { x: '\\' }] } },
    { id: 3 },
  ];
  const text = JSON.stringify(items);

  it('yields each element once, whatever the chunking', () => {
    for (const size of [1, 2, 3, 7, 64, text.length]) {
      expect(splitInChunks(text, size)).toEqual(items);
    }
  });

  it('gives whole characters, whatever byte a chunk ends on', () => {
    const multi = [
      { id: 1, s: 'café 🚀 日本' },
      { id: 2, s: '"é"\\' },
    ];
    for (const size of [1, 2, 3, 5]) expect(splitInChunks(JSON.stringify(multi), size)).toEqual(multi);
  });

  it('keeps a long element whole across many chunks, and lets the room it took go after it', () => {
    const long = [{ id: 1, s: 'x'.repeat(2_000_000) }, { id: 2 }, { id: 3 }];
    expect(splitInChunks(JSON.stringify(long), 4_096)).toEqual(long);
    const splitter = new JsonArraySplitter();
    const bytes = utf8(JSON.stringify(long));
    const cut = bytes.indexOf(utf8('{"id":2')[0], 2_000_000);
    splitter.push(bytes.slice(0, cut));
    expect(splitter.capacity).toBeGreaterThan(2_000_000);
    expect(splitter.push(bytes.slice(cut, cut + 5)).length).toBe(0);
    expect(splitter.capacity).toBe(65_536);
  });

  it('says whether the array was read to its closing bracket', () => {
    const text = utf8('[{"id": 1}, {"id": 2, "s": "]"}]');
    for (let cut = 0; cut < text.length; cut++) {
      const splitter = new JsonArraySplitter();
      splitter.push(text.slice(0, cut));
      expect(splitter.finished, String(cut)).toBe(false);
      splitter.push(text.slice(cut));
      expect(splitter.finished).toBe(true);
    }
  });

  it('handles the empty array', () => {
    expect(new JsonArraySplitter().push(utf8('[]'))).toEqual([]);
  });
});

describe('JsonArraySplitter strings', () => {
  it('reads escaped quotes and backslash runs split across chunks', () => {
    const items = [
      { s: 'ends with a backslash \\' },
      { s: '\\"} still a string {"' },
      { s: '\\\\\\"]' },
      { list: ['\\', '"', '}{'] },
    ];
    const text = JSON.stringify(items);
    for (const size of [1, 2, 3, 5]) {
      expect(splitInChunks(text, size)).toEqual(items);
    }
  });

  it('skips top-level strings, also one split inside an escape', () => {
    const text = '["a\\\\\\"]{", {"id": 1}, "}", {"id": 2}]';
    for (const size of [1, 4, text.length]) {
      expect(splitInChunks(text, size)).toEqual([{ id: 1 }, { id: 2 }]);
    }
  });
});

describe('JsonArraySplitter omit', () => {
  /** Each element as the splitter gives it: parsed, with what it set aside parsed separately. */
  const omitting = (text: string, size: number) =>
    elementsInChunks(text, size, 'task').map((e) => ({
      element: JSON.parse(e.text) as unknown,
      omitted: e.omitted === undefined ? undefined : (JSON.parse(e.omitted) as unknown),
    }));

  it("sets the key's object or array value aside, null in its place, whatever the chunking", () => {
    const items = [
      { id: 1, task: { id: 7, name: 'a "task": {x}', tags: [{ task: 1 }] }, task_id: 7 },
      { task: [1, { task: 2 }], id: 2 },
      { id: 3, task: null },
      { id: 4 },
    ];
    const text = JSON.stringify(items, null, 1);
    for (const size of [1, 2, 5, 64, text.length]) {
      expect(omitting(text, size)).toEqual([
        { element: { id: 1, task: null, task_id: 7 }, omitted: items[0].task },
        { element: { task: null, id: 2 }, omitted: items[1].task },
        { element: { id: 3, task: null }, omitted: undefined },
        { element: { id: 4 }, omitted: undefined },
      ]);
    }
  });

  it('leaves alone the key deeper down, a value that reads like the key, and other keys', () => {
    const items = [
      { kind: 'task', note: { task: { deep: true } } },
      { tasks: { id: 1 }, 'task ': { id: 2 } },
      { description: 'say \\"task\\": {1}', x: { y: 1 } },
    ];
    const text = JSON.stringify(items);
    for (const size of [1, 3, text.length]) {
      expect(omitting(text, size)).toEqual(items.map((element) => ({ element, omitted: undefined })));
    }
  });
});
