import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { measureBundle } from './bundle';
import { chromiumVersion, VIEWPORT } from './browser/launch';
import { buildPeerPages, servePeers } from './browser/peers';
import { SCROLL } from './browser/scroll-run';
import { planningSession } from './browser/session';
import { QUIET_MS } from './browser/settle';
import { isCompleteRun, parseBenchArgs, USAGE, type BenchArgs } from './lib/args';
import { SCHEDULE_DATASETS, scratchDir, seedCommand, timelineDataset } from './lib/datasets';
import { machineInfo } from './lib/machine';
import { renderReport } from './lib/report';
import type { BenchResults } from './lib/results';
import { measureSchedule, measureTimelineSize } from './measure';
import { benchServer } from './server/index';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results');
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const message = (err: unknown) => (err instanceof Error ? err.message.split('\n')[0] : String(err));
const load = () => loadavg().map((n) => Math.round(n * 100) / 100);

async function main(args: BenchArgs) {
  const started = Date.now();
  const scratch = scratchDir();
  const timelineSets = args.sizes.map(timelineDataset);
  const results: BenchResults = {
    mode: isCompleteRun(args) ? 'full' : 'partial',
    startedAt: new Date().toISOString(),
    durationSec: 0,
    partSeconds: {},
    options: { parts: [...args.parts], sizes: args.sizes, runs: args.runs, quick: args.quick },
    loadAverage: { before: load(), after: [] },
    machine: machineInfo(await chromiumVersion()),
    method: { viewport: VIEWPORT, scroll: { ...SCROLL }, quietMs: QUIET_MS },
    datasets: [
      ...timelineSets.map((d) => ({ ...d, kind: 'timeline' as const, seed: seedCommand(d) })),
      ...SCHEDULE_DATASETS.map((d) => ({ ...d, kind: 'schedule' as const, seed: seedCommand(d) })),
    ],
  };
  const timed = async (part: string, run: () => Promise<void>) => {
    const t0 = Date.now();
    await run();
    results.partSeconds[part] = (results.partSeconds[part] ?? 0) + Math.round((Date.now() - t0) / 1000);
  };
  const has = (p: string) => args.parts.has(p as never);
  try {
    if (!args.noBuild && ['bundle', 'timeline', 'schedule', 'trace', 'session'].some(has)) {
      log('Building the app (vite build, hidden source maps for the traces)...');
      await build({ root: ROOT, logLevel: 'warn', build: { sourcemap: 'hidden' } });
    }
    if (has('bundle')) results.bundle = measureBundle(join(ROOT, 'dist'));
    const ctx = {
      runs: args.runs,
      scratch: scratch.dir,
      root: ROOT,
      tracesDir: join(RESULTS, 'traces'),
      distDir: join(ROOT, 'dist'),
      parts: args.parts,
      results,
      log,
      timed,
    };
    if (['timeline', 'peers', 'trace'].some(has)) {
      const peerServer = has('peers') ? await servePeers(await buildPeerPages()) : undefined;
      try {
        for (const d of timelineSets) await measureTimelineSize(ctx, d, peerServer);
      } finally {
        await peerServer?.close();
      }
    }
    if (has('schedule') || has('trace')) for (const d of SCHEDULE_DATASETS) await measureSchedule(ctx, d);
    if (has('session'))
      await timed('session', async () => {
        log('Session: scripted planning session');
        try {
          results.session = await planningSession();
        } catch (err) {
          results.sessionError = message(err);
        }
      });
    if (has('server'))
      await timed('server', async () => {
        try {
          results.server = await benchServer(scratch.dir, timelineDataset(10_000), args.quick, log);
        } catch (err) {
          results.serverError = message(err);
        }
      });
  } finally {
    scratch.cleanup();
  }
  results.loadAverage.after = load();
  results.durationSec = Math.round((Date.now() - started) / 1000);
  const report = fullReport(results);
  mkdirSync(RESULTS, { recursive: true });
  // Only a complete run replaces full.json and BENCHMARKS.md; a partial one keeps its own (git-ignored) file.
  const name = results.mode === 'full' ? 'full' : `partial-${[...args.parts].join('-')}`;
  writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  if (results.mode === 'full') writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${report}\n`);
  console.log(`\n${report}`);
  log(`Done in ${Math.round(results.durationSec / 60)} min; results in bench/results/${name}.json`);
}

/** The generated tables plus the hand-written analysis (bench/analysis.md). */
function fullReport(results: BenchResults): string {
  const notes = join(ROOT, 'bench', 'analysis.md');
  return `${renderReport(results)}${existsSync(notes) ? `\n${readFileSync(notes, 'utf8')}` : ''}`;
}

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (err) {
  console.error(message(err) === 'help' ? USAGE : `${message(err)}\n\n${USAGE}`);
  process.exit(message(err) === 'help' ? 0 : 2);
}
if (args.reportFrom) {
  const results = JSON.parse(readFileSync(args.reportFrom, 'utf8')) as BenchResults;
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${fullReport(results)}\n`);
  console.log(`BENCHMARKS.md re-rendered from ${args.reportFrom}`);
} else
  main(args).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
