import { PEER_NAMES, type Peer } from './peer-names';
import type { BenchResults, ViewResult } from './results';
import type { OurSummary, PeerSummary } from './summary';

export type Verdict = 'met' | 'missed' | 'not measured';

export interface TargetRow {
  target: string;
  figure: string;
  verdict: Verdict;
  note?: string;
}

/**
 * rAF intervals are quantised to the display's vsync (16.67 ms at 60 Hz) and jitter by a fraction of a
 * millisecond, so a run that never misses a frame measures 16.6-16.9 ms at every percentile. A p95 up to
 * this value is "every frame on time"; up to TWO_FRAMES_MS is "at most one frame late".
 */
export const FRAME_BUDGET_MS = 17.2;
export const TWO_FRAMES_MS = 33.9;

/** A frame-time figure; a scroll with no room on an axis measured nothing there. */
export const frames = (n: number) => (Number.isFinite(n) ? String(n) : 'n/a (no room to scroll)');

export const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n).toLocaleString('en')} ms` : 'n/a');
export const times = (a: number, b: number) =>
  b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : 'n/a';

/** The peer with the shortest navigation → settled on a dataset, and the one with the smallest heap. */
export function bestPeers(r: BenchResults, dataset: string) {
  const measured = (r.peers ?? []).filter(
    (p): p is typeof p & { summary: PeerSummary } => p.dataset === dataset && Boolean(p.summary),
  );
  if (!measured.length) return null;
  const fastest = measured.reduce((a, b) => (b.summary.settledMs < a.summary.settledMs ? b : a));
  const smallest = measured.reduce((a, b) => (b.summary.heapMiB < a.summary.heapMiB ? b : a));
  return {
    fastest: { peer: fastest.peer as Peer, name: PEER_NAMES[fastest.peer], ...fastest.summary },
    smallest: { peer: smallest.peer as Peer, name: PEER_NAMES[smallest.peer], ...smallest.summary },
    all: measured,
  };
}

const summaryOf = (list: ViewResult[] | undefined, dataset: string): OurSummary | undefined =>
  list?.find((v) => v.dataset === dataset)?.summary;

const verdict = (ok: boolean): Verdict => (ok ? 'met' : 'missed');
const missing = (target: string, note = 'not run'): TargetRow => ({
  target,
  figure: '-',
  verdict: 'not measured',
  note,
});

function timelineTargets(r: BenchResults): TargetRow[] {
  const t = summaryOf(r.timeline, '10k');
  const peers = bestPeers(r, '10k');
  const names = [
    'Timeline 10k: navigation → complete view ≤ best peer navigation → settled',
    'Timeline 10k: navigation → first bar ≤ 0.5× best peer navigation → settled',
    'Timeline 10k: JS heap after GC ≤ 2× the best peer',
    'Timeline 10k: vertical scroll p95 ≤ 16.7 ms at 100 px/frame',
    'Timeline 10k: horizontal scroll p95 ≤ 16.7 ms at 100 px/frame',
  ];
  if (!t || !peers)
    return names.map((n) => missing(n, !t ? 'Timeline 10k not measured' : 'peers not measured'));
  const { fastest, smallest, all } = peers;
  const peerY = all.map((p) => `${PEER_NAMES[p.peer]} ${p.summary.scrollY.p95}`).join(', ');
  const peerX = all.map((p) => `${PEER_NAMES[p.peer]} ${p.summary.scrollX.p95}`).join(', ');
  return [
    {
      target: names[0],
      figure: `${ms(t.completeMs)} vs ${fastest.name} ${ms(fastest.settledMs)} (${times(t.completeMs, fastest.settledMs)})`,
      verdict: verdict(t.completeMs <= fastest.settledMs),
    },
    {
      target: names[1],
      figure: `${ms(t.firstItemMs)} vs 0.5 × ${ms(fastest.settledMs)} (${times(t.firstItemMs, fastest.settledMs)})`,
      verdict: verdict(t.firstItemMs <= 0.5 * fastest.settledMs),
    },
    {
      target: names[2],
      figure: `${t.heapMiB} MiB vs ${smallest.name} ${smallest.heapMiB} MiB (${times(t.heapMiB, smallest.heapMiB)})`,
      verdict: verdict(t.heapMiB <= 2 * smallest.heapMiB),
    },
    {
      target: names[3],
      figure: `${t.scrollY.p95} ms (peers: ${peerY} ms)`,
      verdict: verdict(t.scrollY.p95 <= FRAME_BUDGET_MS),
    },
    {
      target: names[4],
      figure: `${t.scrollX.p95} ms (peers: ${peerX} ms)`,
      verdict: verdict(t.scrollX.p95 <= FRAME_BUDGET_MS),
    },
  ];
}

function scheduleTargets(r: BenchResults): TargetRow[] {
  const rows: TargetRow[] = [];
  const weeks = [
    {
      dataset: 'week-300x30',
      label: 'realistic week (300 people × 30 blocks)',
      completeMs: 1000,
      scroll: FRAME_BUDGET_MS,
      scrollText: '16.7 ms',
    },
    {
      dataset: 'week-dense',
      label: 'dense week (50,000 blocks)',
      completeMs: 2000,
      scroll: TWO_FRAMES_MS,
      scrollText: '33 ms',
    },
  ];
  for (const w of weeks) {
    const s = summaryOf(r.schedule, w.dataset);
    const complete = `Schedule ${w.label}: navigation → complete ≤ ${ms(w.completeMs)}`;
    const scroll = `Schedule ${w.label}: scroll p95 ≤ ${w.scrollText} (vertical and horizontal)`;
    if (!s) {
      rows.push(missing(complete), missing(scroll));
      continue;
    }
    rows.push({ target: complete, figure: ms(s.completeMs), verdict: verdict(s.completeMs <= w.completeMs) });
    rows.push({
      target: scroll,
      figure: `${frames(s.scrollY.p95)} / ${frames(s.scrollX.p95)} ms`,
      verdict: verdict(Math.max(...[s.scrollY.p95, s.scrollX.p95].filter(Number.isFinite)) <= w.scroll),
    });
  }
  return rows;
}

/** Each target of issue 15 (and the ones it keeps) against what this run measured. */
export function evaluateTargets(r: BenchResults): TargetRow[] {
  const rows = [...timelineTargets(r), ...scheduleTargets(r)];
  const views = [...(r.timeline ?? []), ...(r.schedule ?? [])].filter((v) => v.summary);
  if (views.length) {
    const worst = views.reduce((a, b) => (b.summary!.domMax > a.summary!.domMax ? b : a));
    rows.push({
      target: 'DOM under 3,000 elements at any data size (load, scrolls, drag)',
      figure: `max ${worst.summary!.domMax} (${worst.view}, ${worst.dataset})`,
      verdict: verdict(worst.summary!.domMax < 3000),
    });
    const drops = views.filter((v) => v.summary!.dropRequests);
    const bad = drops.filter((v) => v.summary!.dropRequests!.length !== 1);
    rows.push({
      target: 'One request per drop',
      figure: bad.length
        ? bad
            .map((v) => `${v.view} ${v.dataset}: ${v.summary!.dropRequests!.join(', ') || 'none'}`)
            .join('; ')
        : `1 request (the PATCH) in each of ${drops.length} views/datasets`,
      verdict: drops.length ? verdict(bad.length === 0) : 'not measured',
    });
    for (const [list, dataset, label] of [
      [r.timeline, '5k', 'Timeline 5k'],
      [r.schedule, 'week-dense', 'Schedule dense week'],
    ] as const) {
      const s = summaryOf(list, dataset);
      const target = `${label}: drag p95 ≤ 16.7 ms`;
      rows.push(
        s?.dragP95 != null
          ? { target, figure: `${s.dragP95} ms`, verdict: verdict(s.dragP95 <= FRAME_BUDGET_MS) }
          : missing(target),
      );
    }
  } else {
    rows.push(
      missing('DOM under 3,000 elements at any data size (load, scrolls, drag)'),
      missing('One request per drop'),
    );
  }
  rows.push(
    r.session
      ? {
          target: 'Scripted planning session ≤ 25 requests',
          figure: `${r.session.total} requests`,
          verdict: verdict(r.session.total <= 25),
          note: r.session.problems.length ? r.session.problems.join('; ') : undefined,
        }
      : missing('Scripted planning session ≤ 25 requests', r.sessionError),
  );
  if (r.server) {
    const worst = Math.max(...r.server.endpoints.map((e) => e.overheadP50));
    rows.push({
      target: 'Proxy overhead under 15% at p50',
      figure: r.server.endpoints
        .map((e) => `${e.name.split(' (')[0]}: ${(e.overheadP50 * 100).toFixed(0)}%`)
        .join('; '),
      verdict: verdict(worst < 0.15),
      note: 'judged on the concurrent runs',
    });
  } else rows.push(missing('Proxy overhead under 15% at p50', r.serverError));
  rows.push(
    r.bundle
      ? {
          target: 'Initial JS under 250 kB gzip',
          figure: `${r.bundle.js.gzipKB} kB`,
          verdict: verdict(r.bundle.js.gzipKB < 250),
        }
      : missing('Initial JS under 250 kB gzip'),
  );
  return rows;
}
