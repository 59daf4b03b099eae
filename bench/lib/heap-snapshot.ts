/** The parts of a V8 heap snapshot (.heapsnapshot JSON) the statistics read. */
export interface HeapSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface HeapStats {
  totalMiB: number;
  nodes: number;
  /** Self size by V8 node type (object, string, array, code, closure, hidden, ...), largest first. */
  byType: { type: string; count: number; MiB: number }[];
  /**
   * JS objects grouped by constructor and their first property names (the "shape"): a time block, a task, a
   * task group read from the API show up as separate lines. Largest total self size first.
   */
  byShape: { shape: string; count: number; MiB: number }[];
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/**
 * Statistics of a heap snapshot: self sizes by node type and by object shape. Self size only (retained
 * sizes need a dominator tree); enough to tell what the heap is made of.
 */
export function heapStats(s: HeapSnapshot, top = 12): HeapStats {
  const meta = s.snapshot.meta;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const typeAt = meta.node_fields.indexOf('type');
  const nameAt = meta.node_fields.indexOf('name');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const edgesAt = meta.node_fields.indexOf('edge_count');
  const edgeTypeAt = meta.edge_fields.indexOf('type');
  const edgeNameAt = meta.edge_fields.indexOf('name_or_index');
  const nodeTypes = meta.node_types[0];
  const propertyEdge = meta.edge_types[0].indexOf('property');
  const types = new Map<string, { count: number; bytes: number }>();
  const shapes = new Map<string, { count: number; bytes: number }>();
  let total = 0;
  let edge = 0;
  const count = s.nodes.length / nf;
  for (let i = 0; i < s.nodes.length; i += nf) {
    const type = nodeTypes[s.nodes[i + typeAt]] ?? 'unknown';
    const size = s.nodes[i + sizeAt];
    const edges = s.nodes[i + edgesAt];
    total += size;
    const t = types.get(type) ?? { count: 0, bytes: 0 };
    t.count++;
    t.bytes += size;
    types.set(type, t);
    if (type === 'object') {
      const props: string[] = [];
      for (let e = edge; e < edge + edges * ef && props.length < 6; e += ef)
        if (s.edges[e + edgeTypeAt] === propertyEdge) {
          const name = s.strings[s.edges[e + edgeNameAt]];
          if (name !== '__proto__' && name !== 'map') props.push(name);
        }
      const key = `${s.strings[s.nodes[i + nameAt]]} {${props.join(', ')}}`;
      const sh = shapes.get(key) ?? { count: 0, bytes: 0 };
      sh.count++;
      sh.bytes += size;
      shapes.set(key, sh);
    }
    edge += edges * ef;
  }
  const sorted = <T extends { bytes: number }>(m: Map<string, T>) =>
    [...m].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top);
  return {
    totalMiB: mib(total),
    nodes: count,
    byType: sorted(types).map(([type, v]) => ({ type, count: v.count, MiB: mib(v.bytes) })),
    byShape: sorted(shapes).map(([shape, v]) => ({ shape, count: v.count, MiB: mib(v.bytes) })),
  };
}
