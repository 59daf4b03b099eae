import type { TraceSummary } from '../browser/trace';
import type { BenchResults } from './results';
import { table } from './table';

const mb = (bytes: number | null) =>
  bytes === null ? '-' : `${(bytes / 1e6).toFixed(bytes < 1e5 ? 3 : 1)} MB`;
const shortUrl = (url: string) =>
  url
    .replace(/^\/api\/(focus|track)/, '$1')
    .replace(/\/organizations\/\d+\/workspaces\/\d+/, '/…ws')
    .replace(/%3A/g, ':')
    .replace(/T\d\d:\d\d:\d\d\.000Z/g, 'T…');

function reads(t: TraceSummary): string[] {
  return [
    table(
      ['Request', 'Start', 'First byte', 'Last byte', 'Body'],
      t.requests.map((q) => [
        `${q.method} ${shortUrl(q.url)}`,
        q.start === null ? '-' : `${Math.round(q.start)}`,
        q.responseStart === null ? '-' : `${Math.round(q.responseStart)}`,
        q.end === null ? '-' : `${Math.round(q.end)}`,
        mb(q.bytes),
      ]),
    ),
    '',
  ];
}

function mainThread(t: TraceSummary): string[] {
  return [
    table(
      [
        'Phase',
        'Window (ms)',
        'Script',
        'Style',
        'Layout',
        'Paint + composite',
        'GC',
        'Other',
        'Long tasks (n / total / max)',
        'React commits',
      ],
      t.phases.map((p) => [
        p.phase,
        `${Math.round(p.fromMs)}–${Math.round(p.toMs)}`,
        p.mainThread.scripting,
        p.mainThread.style,
        p.mainThread.layout,
        p.mainThread.paint,
        p.mainThread.gc,
        p.mainThread.other,
        `${p.longTasks.count} / ${p.longTasks.totalMs} / ${p.longTasks.maxMs} ms`,
        t.commits[p.phase] ?? '-',
      ]),
    ),
    '',
  ];
}

function detail(t: TraceSummary, top: number): string[] {
  const out: string[] = [];
  for (const p of t.phases) {
    out.push(
      `*${p.phase}*, CPU profile self time: ` +
        p.topFunctions
          .slice(0, top)
          .map((f) => `${f.fn} ${f.selfMs} ms`)
          .join('; ') +
        '. By source: ' +
        p.topSources
          .slice(0, top)
          .map((f) => `${f.fn} ${f.selfMs} ms`)
          .join('; ') +
        '.',
      '',
    );
  }
  out.push(
    table(
      ['Component (renders)', ...t.phases.map((p) => p.phase)],
      t.renders.slice(0, top + 2).map((c) => [c.component, ...t.phases.map((p) => c.counts[p.phase] ?? 0)]),
    ),
    '',
  );
  if (t.heap)
    out.push(
      `Heap snapshot after the run: ${t.heap.totalMiB} MiB self size in ${t.heap.nodes.toLocaleString('en')} nodes. By type: ` +
        t.heap.byType
          .slice(0, 6)
          .map((x) => `${x.type} ${x.MiB} MiB (${x.count.toLocaleString('en')})`)
          .join(', ') +
        '.',
      '',
      table(
        ['Object shape (constructor {first properties})', 'Count', 'Self MiB'],
        t.heap.byShape.slice(0, top).map((s) => [`\`${s.shape}\``, s.count.toLocaleString('en'), s.MiB]),
      ),
      '',
    );
  if (t.attributes.length)
    out.push(
      'Most rewritten attributes while loading: ' +
        t.attributes.map(([k, n]) => `\`${k}\` ${n}×`).join(', ') +
        '.',
      '',
    );
  return out;
}

/** The traced runs: what was read and when, main-thread time per phase, hot functions, components, heap. */
export function renderProfiles(r: BenchResults): string[] {
  if (!r.traces?.length && !r.traceErrors?.length) return [];
  const out = [
    '## Profiles (one traced run per planner dataset)',
    '',
    'Main-thread self time (ms) by category from the CDP trace; the traced run is slower than the measured ones (tracing, sampling profiler, ' +
      'render counting). Times are ms since navigation start.',
    '',
  ];
  for (const t of r.traces ?? []) {
    const deep = t.dataset === '10k' || t.dataset === 'week-dense';
    out.push(
      `### ${t.view} ${t.dataset} (settled at ${Math.round(t.settledMs)} ms in the traced run; \`${t.file}\`, ${t.traceMiB} MiB)`,
      '',
    );
    out.push(...mainThread(t));
    if (deep) out.push('Reads of the load:', '', ...reads(t), ...detail(t, 8));
  }
  for (const e of r.traceErrors ?? []) out.push(`Trace not recorded: ${e}`, '');
  return out;
}
