import { runOurView, type OurRun, type View } from './browser/ours';
import { runPeer, type PeerRun } from './browser/peers';
import { PEERS } from './lib/peer-names';
import { tracedRun } from './browser/trace';
import type { Part } from './lib/args';
import { createDatasetDb, readPeerDataset, seedCommand, type DatasetSpec } from './lib/datasets';
import type { BenchResults, PeerResult, ViewResult } from './lib/results';
import type { StaticServer } from './lib/static-server';
import { summarizeOurs, summarizePeer } from './lib/summary';
import { spawnPlanner, type ChildPlanner } from './server/spawn-planner';

export interface MeasureContext {
  runs: number;
  scratch: string;
  root: string;
  tracesDir: string;
  distDir: string;
  parts: Set<Part>;
  results: BenchResults;
  log: (s: string) => void;
  timed: (part: string, run: () => Promise<void>) => Promise<void>;
}

const message = (err: unknown) => (err instanceof Error ? err.message.split('\n')[0] : String(err));
const f = (n: number | null | undefined) => (n === null || n === undefined ? '-' : String(Math.round(n)));

function ourLine(r: OurRun) {
  return (
    `settled ${f(r.load.settledMs)} ms, first bar ${f(r.load.firstItemMs)} ms, complete ${f(r.load.completeMs)} ms, ` +
    `heap ${r.heapMiB} MiB, DOM ${r.dom.max}, scroll p95 y/x ${r.scrollY.p95}/${r.scrollX.p95} ms, ` +
    `drag p95 ${r.drag?.p95 ?? '-'} ms, drop requests ${r.drag?.dropRequests.length ?? '-'}`
  );
}

function peerLine(r: PeerRun) {
  return `settled ${f(r.load.settledMs)} ms, heap ${r.heapMiB} MiB, DOM ${r.domElements}, scroll p95 y/x ${r.scrollY.p95}/${r.scrollX.p95} ms`;
}

/**
 * Runs `measure`, once more if it fails (a fresh browser each time), keeping the result and every error;
 * never throws (one bad run must not end the bench). Failed attempts are listed in the report.
 */
async function attempt<T>(
  label: string,
  ctx: MeasureContext,
  into: { runs: T[]; errors: string[] },
  measure: () => Promise<T>,
  line: (r: T) => string,
) {
  for (let tries = 1; tries <= 2; tries++) {
    try {
      const r = await measure();
      into.runs.push(r);
      ctx.log(`  ${label}: ${line(r)}`);
      return;
    } catch (err) {
      into.errors.push(message(err));
      ctx.log(`  ${label}${tries > 1 ? ' (retry)' : ''}: not measured: ${message(err)}`);
    }
  }
}

async function traced(ctx: MeasureContext, planner: ChildPlanner, view: View, dataset: string) {
  await ctx.timed('trace', async () => {
    ctx.log(`  traced run (${view}, ${dataset})...`);
    try {
      const t = await tracedRun(planner.url, view, dataset, ctx.tracesDir, ctx.distDir, ctx.root);
      (ctx.results.traces ??= []).push(t);
      ctx.log(`  trace: ${t.file} (${t.traceMiB} MiB)`);
    } catch (err) {
      (ctx.results.traceErrors ??= []).push(`${view} ${dataset}: ${message(err)}`);
      ctx.log(`  trace not recorded: ${message(err)}`);
    }
  });
}

/**
 * One Timeline dataset: our Timeline and the three peers take turns run by run (ours, dhtmlx, svar, frappe,
 * then again), so a burst of load on the shared machine hits all of them alike; then the traced run.
 */
export async function measureTimelineSize(ctx: MeasureContext, d: DatasetSpec, peerServer?: StaticServer) {
  ctx.log(`Dataset ${d.name}: ${seedCommand(d)}`);
  const file = createDatasetDb(ctx.scratch, d);
  const ours: ViewResult | undefined = ctx.parts.has('timeline')
    ? { dataset: d.name, view: 'timeline', runs: [], errors: [] }
    : undefined;
  const peers: PeerResult[] = peerServer
    ? PEERS.map((peer) => ({ dataset: d.name, peer, runs: [], errors: [] }))
    : [];
  peerServer?.setDataset(JSON.stringify(readPeerDataset(file)));
  const planner = ours || ctx.parts.has('trace') ? await spawnPlanner(file) : undefined;
  try {
    for (let run = 1; run <= ctx.runs; run++) {
      if (ours && planner)
        await ctx.timed('timeline', () =>
          attempt(
            `timeline ${d.name} run ${run}`,
            ctx,
            ours,
            () => runOurView(planner.url, 'timeline'),
            ourLine,
          ),
        );
      for (const p of peers)
        await ctx.timed('peers', () =>
          attempt(`${p.peer} ${d.name} run ${run}`, ctx, p, () => runPeer(peerServer!.url, p.peer), peerLine),
        );
    }
    if (planner && ctx.parts.has('trace')) await traced(ctx, planner, 'timeline', d.name);
  } finally {
    await planner?.stop();
  }
  if (ours) {
    if (ours.runs.length) ours.summary = summarizeOurs(ours.runs);
    (ctx.results.timeline ??= []).push(ours);
  }
  for (const p of peers) {
    if (p.runs.length) p.summary = summarizePeer(p.runs);
    (ctx.results.peers ??= []).push(p);
  }
}

/** One Schedule week: the measured runs, then the traced run. */
export async function measureSchedule(ctx: MeasureContext, d: DatasetSpec) {
  ctx.log(`Dataset ${d.name}: ${seedCommand(d)}`);
  const file = createDatasetDb(ctx.scratch, d);
  const planner = await spawnPlanner(file);
  const result: ViewResult = { dataset: d.name, view: 'schedule', runs: [], errors: [] };
  try {
    if (ctx.parts.has('schedule'))
      for (let run = 1; run <= ctx.runs; run++)
        await ctx.timed('schedule', () =>
          attempt(
            `schedule ${d.name} run ${run}`,
            ctx,
            result,
            () => runOurView(planner.url, 'schedule'),
            ourLine,
          ),
        );
    if (ctx.parts.has('trace')) await traced(ctx, planner, 'schedule', d.name);
  } finally {
    await planner.stop();
  }
  if (ctx.parts.has('schedule')) {
    if (result.runs.length) result.summary = summarizeOurs(result.runs);
    (ctx.results.schedule ??= []).push(result);
  }
}
