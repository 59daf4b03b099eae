import type { BenchResults } from './results';
import { table } from './table';

/** The server load test, the bundle size and the scripted session (parts that do not compare with peers). */
export function renderOtherParts(r: BenchResults): string[] {
  const out: string[] = [];
  if (r.server) {
    const s = r.server;
    out.push(
      `## Server (autocannon, ${s.rounds} alternating direct/proxy slices per request after a 2 s warm-up, medians over the slices; dataset ${s.dataset.tasks} tasks / ${s.dataset.groups} users / ${s.dataset.timeBlocks} blocks)`,
      '',
    );
    out.push(
      table(
        [
          'Request',
          'Connections',
          'Slices',
          'Direct req/s',
          'Direct p50 / p99',
          'Proxy req/s',
          'Proxy p50 / p99',
          'Proxy overhead at p50',
          'One connection: direct / proxy p50, overhead',
          'Errors / non-2xx',
        ],
        s.endpoints.map((e) => [
          e.name,
          e.connections,
          `${s.rounds} × ${e.sliceSeconds ?? s.secondsPerRun / s.rounds} s`,
          e.direct.rps,
          `${e.direct.p50} / ${e.direct.p99} ms`,
          e.proxy.rps,
          `${e.proxy.p50} / ${e.proxy.p99} ms`,
          `${(e.overheadP50 * 100).toFixed(1)}%`,
          e.single
            ? `${e.single.direct.p50} / ${e.single.proxy.p50} ms, ${(e.single.overheadP50 * 100).toFixed(1)}%`
            : 'n/a',
          `${e.direct.errors + e.proxy.errors} / ${e.direct.non2xx + e.proxy.non2xx}`,
        ]),
      ),
      '',
      `The planner runs in a child process (local API and proxy share its event loop, as in production). GET /tasks/groups/users is page 1 (100 users) over today −28 to +35 days, about 2.9 MB of JSON.`,
      '',
      `**/time-blocks/stream over ${s.stream.blocks.toLocaleString('en')} blocks**: peak RSS ${s.stream.peakRssMiB} MiB (idle before the request ${s.stream.baselineRssMiB} MiB, growth ${s.stream.growthMiB} MiB), ` +
        `${(s.stream.bytes / 2 ** 20).toFixed(1)} MiB streamed in ${s.stream.seconds} s. Peak = kernel high-water mark (VmHWM) of the server process, reset just before the request.`,
      '',
    );
  } else if (r.serverError) out.push('## Server', '', `not measured: ${r.serverError}`, '');
  if (r.bundle) {
    out.push('## Production build (initial load)', '');
    out.push(
      table(
        ['', 'Files', 'Raw', 'gzip -9'],
        [
          ['JS', r.bundle.js.files.join(', '), `${r.bundle.js.rawKB} kB`, `${r.bundle.js.gzipKB} kB`],
          ['CSS', r.bundle.css.files.join(', '), `${r.bundle.css.rawKB} kB`, `${r.bundle.css.gzipKB} kB`],
        ],
      ),
      '',
    );
  }
  if (r.session) {
    out.push('## API frugality: scripted planning session (demo data)', '');
    out.push(
      table(
        ['Step', 'Upstream requests', 'Requests'],
        r.session.steps.map((s) => [s.step, s.requests, s.paths.join('<br>') || '-']),
      ),
      '',
    );
    out.push(
      `Total: **${r.session.total}**${r.session.problems.length ? ` (problems: ${r.session.problems.join('; ')})` : ''}.`,
      '',
    );
  } else if (r.sessionError) out.push('## API frugality', '', `not measured: ${r.sessionError}`, '');
  return out;
}
