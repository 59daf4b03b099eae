import { describe, expect, it } from 'vitest';
import { ourRun, peerRun } from './fixtures.test-helpers';
import { summarizeOurs, summarizePeer } from './summary';

describe('summarizeOurs', () => {
  it('takes each figure as its own median over the runs, the DOM as the maximum', () => {
    const s = summarizeOurs([
      ourRun({ settled: 9000, heap: 40, dom: 1200, y: 100, x: 16.7 }),
      ourRun({ settled: 6000, heap: 60, dom: 2900, y: 50, x: 33.4 }),
      ourRun({ settled: 7000, heap: 50, dom: 1100, y: 200, x: 16.8 }),
    ]);
    expect(s).toMatchObject({
      runs: 3,
      settledMs: 7000,
      completeMs: 7000,
      firstItemMs: 1750,
      heapMiB: 50,
      domMax: 2900,
    });
    expect(s.scrollY.p95).toBe(100);
    expect(s.scrollX.p95).toBe(16.8);
    expect(s.labels).toEqual({ checked: 30, misplaced: 12 });
  });

  it('keeps the drop that caused the most requests (one per drop is the target)', () => {
    const s = summarizeOurs([
      ourRun({ settled: 1, drop: ['PATCH /a'] }),
      ourRun({ settled: 1, drop: ['PATCH /a', 'GET /b'] }),
    ]);
    expect(s.dropRequests).toEqual(['PATCH /a', 'GET /b']);
  });

  it('has no drag figures when no run could drag', () => {
    const run = { ...ourRun({ settled: 1 }), drag: null };
    expect(summarizeOurs([run])).toMatchObject({ dragP95: null, dropRequests: null });
  });
});

describe('summarizePeer', () => {
  it('medians per figure', () => {
    expect(summarizePeer([peerRun(500, 3), peerRun(900, 2), peerRun(700, 9)])).toMatchObject({
      runs: 3,
      settledMs: 700,
      heapMiB: 3,
    });
  });
});
