import type { TraceEvent } from './trace-events';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}

/** A sample: when (µs, trace clock), how long until the next one, and the function on top of the stack. */
export interface Sample {
  ts: number;
  dur: number;
  frame: CallFrame;
}

/**
 * The V8 CPU profile recorded in a trace (category disabled-by-default-v8.cpu_profiler): 'Profile' and
 * 'ProfileChunk' events of one process, nodes arriving incrementally, samples with time deltas. Answers the
 * samples of the profile with the most of them (the page's main thread), or [] when there is none.
 */
export function profileSamples(events: readonly TraceEvent[], pid: number): Sample[] {
  const profiles = new Map<
    string,
    { start: number; nodes: Map<number, ProfileNode>; ids: number[]; deltas: number[] }
  >();
  for (const e of events) {
    if (e.pid !== pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk')) continue;
    const key = String(e.id);
    const data = (e.args?.data ?? {}) as {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    let p = profiles.get(key);
    if (!p) profiles.set(key, (p = { start: 0, nodes: new Map(), ids: [], deltas: [] }));
    if (e.name === 'Profile') p.start = data.startTime ?? e.ts;
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.ids.push(...(data.cpuProfile?.samples ?? []));
    p.deltas.push(...(data.timeDeltas ?? []));
  }
  const best = [...profiles.values()].sort((a, b) => b.ids.length - a.ids.length)[0];
  if (!best) return [];
  const out: Sample[] = [];
  let t = best.start;
  const times = best.deltas.map((d) => (t += d));
  for (let i = 0; i < best.ids.length; i++) {
    const node = best.nodes.get(best.ids[i]);
    if (!node) continue;
    const next = times[i + 1] ?? times[i];
    out.push({ ts: times[i], dur: Math.max(0, Math.min(next - times[i], 50_000)), frame: node.callFrame });
  }
  return out;
}

const IGNORED = new Set(['(idle)', '(program)', '(root)']);

/**
 * Self time (ms) per function inside [from, to], named by `name` (the source-mapped name and file for the
 * app's bundle), largest first; '(garbage collector)' is kept, idle and '(program)' are not.
 */
export function topFunctions(
  samples: readonly Sample[],
  from: number,
  to: number,
  name: (f: CallFrame) => string,
  top = 15,
): { fn: string; selfMs: number }[] {
  const acc = new Map<string, number>();
  for (const s of samples) {
    if (s.ts < from || s.ts >= to || IGNORED.has(s.frame.functionName)) continue;
    const key = name(s.frame);
    acc.set(key, (acc.get(key) ?? 0) + s.dur);
  }
  return [...acc]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => ({ fn, selfMs: Math.round(us / 100) / 10 }));
}
