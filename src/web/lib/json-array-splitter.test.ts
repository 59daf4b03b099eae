import { describe, expect, it } from 'vitest';
import { JsonArraySplitter } from './json-array-splitter';

/** Feeds `text` to one splitter in chunks of `size` characters; the elements it yields, parsed. */
function splitInChunks(text: string, size: number): unknown[] {
  const splitter = new JsonArraySplitter();
  const got: unknown[] = [];
  for (let i = 0; i < text.length; i += size)
    got.push(...splitter.push(text.slice(i, i + size)).map((t) => JSON.parse(t)));
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
