import { describe, expect, it } from 'vitest';
import { heapStats, type HeapSnapshot } from './heap-snapshot';

// Nodes: [type, name, id, self_size, edge_count]; edges: [type, name_or_index, to_node].
const snapshot: HeapSnapshot = {
  snapshot: {
    meta: {
      node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
      node_types: [['hidden', 'object', 'string']],
      edge_fields: ['type', 'name_or_index', 'to_node'],
      edge_types: [['context', 'element', 'property', 'internal']],
    },
  },
  strings: ['Object', 'id', 'start', 'task', 'hello', 'map', 'Window'],
  nodes: [
    // two time-block-like objects {id, start, task} with an internal 'map' edge, one window, one string
    1,
    0,
    1,
    2 * 2 ** 20,
    4,
    1,
    0,
    2,
    2 * 2 ** 20,
    3,
    1,
    6,
    3,
    2 ** 20,
    0,
    2,
    4,
    4,
    3 * 2 ** 20,
    0,
  ],
  edges: [3, 5, 0, /* internal map */ 2, 1, 15, 2, 2, 15, 2, 3, 5, 2, 1, 15, 2, 2, 15, 2, 3, 5],
};

describe('heapStats', () => {
  it('sums self sizes by node type and groups objects by constructor and property names', () => {
    const s = heapStats(snapshot);
    expect(s.totalMiB).toBe(8);
    expect(s.nodes).toBe(4);
    expect(s.byType).toEqual([
      { type: 'object', count: 3, MiB: 5 },
      { type: 'string', count: 1, MiB: 3 },
    ]);
    expect(s.byShape).toEqual([
      { shape: 'Object {id, start, task}', count: 2, MiB: 4 },
      { shape: 'Window {}', count: 1, MiB: 1 },
    ]);
  });
});
