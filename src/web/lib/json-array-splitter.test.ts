import { describe, expect, it } from 'vitest';
import { JsonArraySplitter, type SplitElement } from './json-array-splitter';

/** Feeds `text` to one splitter in chunks of `size` characters; the elements it yields, parsed. */
function splitInChunks(text: string, size: number): unknown[] {
  return elementsInChunks(text, size).map((e) => JSON.parse(e.text));
}

function elementsInChunks(text: string, size: number, omit?: string): SplitElement[] {
  const splitter = new JsonArraySplitter(omit);
  const got: SplitElement[] = [];
  for (let i = 0; i < text.length; i += size) got.push(...splitter.push(text.slice(i, i + size)));
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

  it('handles the empty array', () => {
    expect(new JsonArraySplitter().push('[]')).toEqual([]);
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
