import { describe, expect, it } from 'vitest';
import { JsonArraySplitter } from './json-array-splitter';

describe('JsonArraySplitter', () => {
  const items = [
    { id: 1, name: 'a "quoted" } ] { [' },
    { id: 2, nested: { list: [1, { x: '\\' }] } },
    { id: 3 },
  ];
  const text = JSON.stringify(items);

  it('yields each element once, whatever the chunking', () => {
    for (const size of [1, 2, 3, 7, 64, text.length]) {
      const s = new JsonArraySplitter();
      const got: unknown[] = [];
      for (let i = 0; i < text.length; i += size)
        got.push(...s.push(text.slice(i, i + size)).map((t) => JSON.parse(t)));
      expect(got).toEqual(items);
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
      const s = new JsonArraySplitter();
      const got: unknown[] = [];
      for (let i = 0; i < text.length; i += size)
        got.push(...s.push(text.slice(i, i + size)).map((t) => JSON.parse(t)));
      expect(got).toEqual(items);
    }
  });

  it('skips top-level strings, also one split inside an escape', () => {
    const text = '["a\\\\\\"]{", {"id": 1}, "}", {"id": 2}]';
    for (const size of [1, 4, text.length]) {
      const s = new JsonArraySplitter();
      const got: unknown[] = [];
      for (let i = 0; i < text.length; i += size)
        got.push(...s.push(text.slice(i, i + size)).map((t) => JSON.parse(t)));
      expect(got).toEqual([{ id: 1 }, { id: 2 }]);
    }
  });
});
