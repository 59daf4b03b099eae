import { describe, expect, it } from 'vitest';
import { profileSamples, topFunctions } from './cpu-profile';
import type { TraceEvent } from './trace-events';

const frame = (functionName: string, url = 'http://x/app.js', lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
});
const ev = (name: string, id: string, data: unknown, pid = 7): TraceEvent => ({
  name,
  cat: 'disabled-by-default-v8.cpu_profiler',
  ph: 'P',
  ts: 0,
  pid,
  tid: 1,
  id,
  args: { data: data as Record<string, unknown> },
});

describe('profileSamples / topFunctions', () => {
  const events = [
    ev('Profile', '0x1', { startTime: 1_000 }),
    ev('ProfileChunk', '0x1', {
      cpuProfile: {
        nodes: [
          { id: 1, callFrame: frame('(root)', '') },
          { id: 2, callFrame: frame('parse'), parent: 1 },
        ],
        samples: [2, 2],
      },
      timeDeltas: [0, 1_000],
    }),
    ev('ProfileChunk', '0x1', {
      cpuProfile: {
        nodes: [
          { id: 3, callFrame: frame('(idle)', '') },
          { id: 4, callFrame: frame('render', 'http://x/app.js', 9) },
        ],
        samples: [4, 3, 4],
      },
      timeDeltas: [2_000, 1_000, 3_000],
    }),
    // another process's profile is ignored
    ev('Profile', '0x2', { startTime: 0 }, 8),
    ev(
      'ProfileChunk',
      '0x2',
      {
        cpuProfile: { nodes: [{ id: 1, callFrame: frame('other') }], samples: [1, 1, 1, 1, 1, 1] },
        timeDeltas: [1, 1, 1, 1, 1, 1],
      },
      8,
    ),
  ];

  it('rebuilds sample times from the deltas, each lasting until the next sample', () => {
    const samples = profileSamples(events, 7);
    expect(samples.map((s) => [s.ts, s.dur, s.frame.functionName])).toEqual([
      [1_000, 1_000, 'parse'],
      [2_000, 2_000, 'parse'],
      [4_000, 1_000, 'render'],
      [5_000, 3_000, '(idle)'],
      [8_000, 0, 'render'],
    ]);
  });

  it('sums self time per named function inside a window, idle left out', () => {
    const samples = profileSamples(events, 7);
    const name = (f: { functionName: string; lineNumber: number }) => `${f.functionName}:${f.lineNumber}`;
    expect(topFunctions(samples, 0, 10_000, name)).toEqual([
      { fn: 'parse:0', selfMs: 3 },
      { fn: 'render:9', selfMs: 1 },
    ]);
    expect(topFunctions(samples, 3_000, 10_000, name)).toEqual([{ fn: 'render:9', selfMs: 1 }]);
  });

  it('answers no samples for a process without a profile', () => {
    expect(profileSamples(events, 99)).toEqual([]);
  });
});
