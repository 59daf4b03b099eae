import { describe, expect, it } from 'vitest';
import { ourRun, peerRun, results } from './fixtures.test-helpers';
import type { BenchResults } from './results';
import { summarizeOurs, summarizePeer } from './summary';
import { bestPeers, evaluateTargets } from './targets';

function withData(ours: Parameters<typeof ourRun>[0]): BenchResults {
  const r = results();
  const run = ourRun(ours);
  r.timeline = [{ dataset: '10k', view: 'timeline', runs: [run], summary: summarizeOurs([run]), errors: [] }];
  r.peers = (
    [
      ['dhtmlx', 900, 8],
      ['svar', 800, 7],
      ['frappe', 30_000, 12],
    ] as const
  ).map(([peer, settled, heap]) => ({
    dataset: '10k',
    peer,
    runs: [],
    summary: summarizePeer([peerRun(settled, heap)]),
    errors: [],
  }));
  return r;
}

const verdicts = (r: BenchResults) =>
  Object.fromEntries(evaluateTargets(r).map((t) => [t.target, t.verdict]));

describe('bestPeers', () => {
  it('is the fastest peer to settle and, separately, the smallest heap', () => {
    const b = bestPeers(withData({ settled: 1 }), '10k')!;
    expect(b.fastest).toMatchObject({ peer: 'svar', settledMs: 800 });
    expect(b.smallest).toMatchObject({ peer: 'svar', heapMiB: 7 });
    expect(bestPeers(withData({ settled: 1 }), '1k')).toBeNull();
  });
});

describe('evaluateTargets', () => {
  it('meets the Timeline targets at exactly the issue bounds', () => {
    const v = verdicts(withData({ settled: 5000, complete: 800, first: 400, heap: 14, y: 17.2, x: 16.7 }));
    expect(v['Timeline 10k: navigation → complete view ≤ best peer navigation → settled']).toBe('met');
    expect(v['Timeline 10k: navigation → first bar ≤ 0.5× best peer navigation → settled']).toBe('met');
    expect(v['Timeline 10k: JS heap after GC ≤ 2× the best peer']).toBe('met');
    expect(v['Timeline 10k: vertical scroll p95 ≤ 16.7 ms at 100 px/frame']).toBe('met');
    expect(v['Timeline 10k: horizontal scroll p95 ≤ 16.7 ms at 100 px/frame']).toBe('met');
  });

  it('misses them just past the bounds and says by how much', () => {
    const r = withData({ settled: 5000, complete: 801, first: 401, heap: 14.1, y: 33.3, x: 17.3 });
    const v = verdicts(r);
    expect(Object.values(v).filter((x) => x === 'missed').length).toBeGreaterThanOrEqual(5);
    const complete = evaluateTargets(r).find((t) =>
      t.target.startsWith('Timeline 10k: navigation → complete'),
    )!;
    expect(complete.figure).toBe('801 ms vs SVAR React Gantt 800 ms (1.00×)');
  });

  it('judges one request per drop over every view that dragged, and DOM under 3,000 at any size', () => {
    const r = withData({ settled: 1, drop: ['PATCH /a', 'GET /b'], dom: 3000 });
    const v = verdicts(r);
    expect(v['One request per drop']).toBe('missed');
    expect(v['DOM under 3,000 elements at any data size (load, scrolls, drag)']).toBe('missed');
    expect(verdicts(withData({ settled: 1, dom: 2999 }))['One request per drop']).toBe('met');
  });

  it('reports what was not run instead of judging it', () => {
    const v = verdicts(results());
    expect(v['Timeline 10k: JS heap after GC ≤ 2× the best peer']).toBe('not measured');
    expect(v['Schedule dense week (50,000 blocks): navigation → complete ≤ 2,000 ms']).toBe('not measured');
    expect(v['Scripted planning session ≤ 25 requests']).toBe('not measured');
  });

  it('judges the Schedule weeks against 1 s / 16.7 ms and 2 s / 33 ms', () => {
    const r = results();
    const week = (dataset: string, o: Parameters<typeof ourRun>[0]) => {
      const run = ourRun(o);
      return { dataset, view: 'schedule' as const, runs: [run], summary: summarizeOurs([run]), errors: [] };
    };
    r.schedule = [
      week('week-300x30', { settled: 1000, complete: 1000, y: 16.8, x: 16.7 }),
      week('week-dense', { settled: 2100, complete: 2001, y: 33.4, x: 33.9 }),
    ];
    const v = verdicts(r);
    expect(v['Schedule realistic week (300 people × 30 blocks): navigation → complete ≤ 1,000 ms']).toBe(
      'met',
    );
    expect(
      v['Schedule realistic week (300 people × 30 blocks): scroll p95 ≤ 16.7 ms (vertical and horizontal)'],
    ).toBe('met');
    expect(v['Schedule dense week (50,000 blocks): navigation → complete ≤ 2,000 ms']).toBe('missed');
    expect(v['Schedule dense week (50,000 blocks): scroll p95 ≤ 33 ms (vertical and horizontal)']).toBe(
      'met',
    );
  });

  it('judges a week with no room to scroll sideways on its vertical scroll, and says so', () => {
    const r = results();
    const run = (y: number) => ourRun({ settled: 900, y, x: Number.NaN });
    const week = (dataset: string, y: number) => {
      const one = run(y);
      return { dataset, view: 'schedule' as const, runs: [one], summary: summarizeOurs([one]), errors: [] };
    };
    r.schedule = [week('week-300x30', 16.7), week('week-dense', 50)];
    const all = evaluateTargets(r);
    const realistic = all.find(
      (t) => t.target.startsWith('Schedule realistic week') && /scroll/.test(t.target),
    )!;
    const dense = all.find((t) => t.target.startsWith('Schedule dense week') && /scroll/.test(t.target))!;
    expect(realistic.verdict).toBe('met');
    expect(realistic.figure).toBe('16.7 / n/a (no room to scroll) ms');
    expect(dense.verdict).toBe('missed');
  });
});
