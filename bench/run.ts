import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { measureBundle } from './bundle';
import { launchBrowser } from './browser/launch';
import { measureOurView } from './browser/ours';
import { buildPeerPages, measurePeer, PEERS, servePeers } from './browser/peers';
import { planningSession } from './browser/session';
import { parseBenchArgs, USAGE, type BenchArgs } from './lib/args';
import { createDatasetDb, FULL_DATASETS, QUICK_DATASETS, readPeerDataset, scratchDir } from './lib/datasets';
import { machineInfo } from './lib/machine';
import { renderReport } from './lib/report';
import type { BenchResults } from './lib/results';
import { benchServer } from './server/index';
import { spawnPlanner } from './server/spawn-planner';

const ROOT = join(import.meta.dirname, '..');
const log = (s: string) => console.log(s);
const message = (err: unknown) => (err instanceof Error ? err.message.split('\n')[0] : String(err));
const load = () => loadavg().map((n) => Math.round(n * 100) / 100);

async function main(args: BenchArgs) {
  const started = Date.now();
  const datasets = args.quick ? QUICK_DATASETS : FULL_DATASETS;
  const scratch = scratchDir();
  const browser = await launchBrowser();
  const results: BenchResults = {
    mode: args.quick ? 'quick' : 'full',
    startedAt: new Date().toISOString(),
    durationSec: 0,
    loadAverage: { before: load(), after: [] },
    machine: machineInfo(browser.version()),
    datasets,
  };
  try {
    if (!args.noBuild && (args.parts.has('bundle') || args.parts.has('ours') || args.parts.has('session'))) {
      log('Building the app (vite build)...');
      await build({ root: ROOT, logLevel: 'warn' });
    }
    if (args.parts.has('bundle')) results.bundle = measureBundle(join(ROOT, 'dist'));
    if (args.parts.has('server')) {
      try {
        results.server = await benchServer(scratch.dir, datasets[datasets.length - 1], args.quick, log);
      } catch (err) {
        results.serverError = message(err);
      }
    }
    const files = new Map(datasets.map((d) => [d.name, createDatasetDb(scratch.dir, d)]));
    if (args.parts.has('peers') || args.parts.has('ours')) {
      // Peers and our views take turns per dataset in the same browser.
      const peerServer = args.parts.has('peers') ? await servePeers(await buildPeerPages()) : undefined;
      results.peers = peerServer ? [] : undefined;
      results.ours = args.parts.has('ours') ? [] : undefined;
      for (const d of datasets) {
        if (results.ours) {
          const planner = await spawnPlanner(files.get(d.name)!);
          try {
            for (const view of ['timeline', 'schedule'] as const) {
              log(`Ours: ${view}, ${d.name}`);
              try {
                const figures = await measureOurView(browser, planner.url, view);
                results.ours.push({ dataset: d.name, view, figures });
                log(
                  `  render ${figures.renderMs} ms, DOM ${figures.domElementsMax}, heap ${figures.heapMiB} MiB, scroll p95 ${figures.scroll.p95} ms, drag p95 ${figures.drag.p95} ms, commits ${figures.drag.commitsDuringMove}`,
                );
              } catch (err) {
                results.ours.push({ dataset: d.name, view, error: message(err) });
                log(`  not measured: ${message(err)}`);
              }
            }
          } finally {
            await planner.stop();
          }
        }
        if (peerServer && results.peers) {
          const data = readPeerDataset(files.get(d.name)!);
          for (const peer of PEERS) {
            log(`Peer: ${peer}, ${d.name}`);
            try {
              const figures = await measurePeer(browser, peerServer.url, peer, data);
              results.peers.push({ dataset: d.name, peer, figures });
              log(
                `  render ${figures.renderMs} ms, DOM ${figures.domElements}, heap ${figures.heapMiB} MiB, scroll p95 ${figures.scroll.p95} ms`,
              );
            } catch (err) {
              results.peers.push({ dataset: d.name, peer, error: message(err) });
              log(`  not measured: ${message(err)}`);
            }
          }
        }
      }
      await peerServer?.close();
    }
    if (args.parts.has('session')) {
      log('Session: scripted planning session');
      try {
        results.session = await planningSession(browser);
      } catch (err) {
        results.sessionError = message(err);
      }
    }
  } finally {
    await browser.close();
    scratch.cleanup();
  }
  results.loadAverage.after = load();
  results.durationSec = Math.round((Date.now() - started) / 1000);
  const report = fullReport(results);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  // A partial run (--only) must not replace the complete results of its mode.
  const complete = args.parts.size === 5;
  const name = complete ? results.mode : `${results.mode}-only-${[...args.parts].join('-')}`;
  writeFileSync(join(ROOT, 'bench', 'results', `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  // A partial run (--only) prints its table but leaves BENCHMARKS.md to complete runs.
  if (complete) writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${report}\n`);
  console.log(`\n${report}`);
}

/** The generated tables plus the hand-written analysis of missed targets (their causes). */
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
