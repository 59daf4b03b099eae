import { PEER_NAMES } from './peer-names';
import { renderDetails } from './report-details';
import { renderOtherParts } from './report-other';
import { renderProfiles } from './report-profile';
import type { BenchResults } from './results';
import { table } from './table';
import { bestPeers, evaluateTargets, FRAME_BUDGET_MS, frames, ms, times, TWO_FRAMES_MS } from './targets';

const sizeOrder = (name: string) => Number.parseFloat(name) * (name.endsWith('k') ? 1000 : 1);

/** The issue's table: one row per N, planner against the best peer, ratios in brackets. */
function issueTable(r: BenchResults): string[] {
  const rows = (r.timeline ?? [])
    .slice()
    .sort((a, b) => sizeOrder(a.dataset) - sizeOrder(b.dataset))
    .map((t) => {
      const s = t.summary;
      const peers = bestPeers(r, t.dataset);
      if (!s) return [t.dataset, `not measured: ${t.errors[0] ?? '?'}`, '', '', '', '', '', ''];
      const fastest = peers?.fastest;
      const smallest = peers?.smallest;
      const vs = (n: number, base?: number) => (base ? ` (${times(n, base)})` : '');
      const peerY = peers?.all.map((p) => p.summary.scrollY.p95) ?? [];
      return [
        t.dataset,
        `${ms(s.settledMs)}${vs(s.settledMs, fastest?.settledMs)}`,
        fastest ? `${ms(fastest.settledMs)} (${fastest.name})` : 'n/a',
        `${ms(s.firstItemMs)}${vs(s.firstItemMs, fastest?.settledMs)}`,
        `${s.heapMiB}${vs(s.heapMiB, smallest?.heapMiB)}`,
        smallest ? `${smallest.heapMiB} (${smallest.name})` : 'n/a',
        `${s.scrollY.p95} / ${s.scrollX.p95} ms`,
        peerY.length ? `${Math.min(...peerY)}–${Math.max(...peerY)} ms` : 'n/a',
      ];
    });
  return [
    table(
      [
        'N',
        'planner: navigation → settled',
        'best peer',
        'planner: first bar',
        'planner heap (MiB, after GC)',
        'best peer heap',
        'planner scroll p95, vertical / horizontal',
        "peers' vertical p95",
      ],
      rows,
    ),
    '',
    'Brackets: the planner ÷ the best peer (navigation → settled for the times, the smallest peer heap for the heap); ' +
      'under 1× the planner is ahead. First bar is compared with the best peer’s settled time, as in the target (≤ 0.5×).',
    '',
  ];
}

function scheduleTable(r: BenchResults): string[] {
  if (!r.schedule?.length) return [];
  const targets: Record<string, { complete: number; scroll: number }> = {
    'week-300x30': { complete: 1000, scroll: FRAME_BUDGET_MS },
    'week-dense': { complete: 2000, scroll: TWO_FRAMES_MS },
  };
  const rows = r.schedule.map((v) => {
    const d = r.datasets.find((x) => x.name === v.dataset);
    const s = v.summary;
    const t = targets[v.dataset];
    const week = `${v.dataset} (${d?.timeBlocks.toLocaleString('en')} blocks, ${d?.groups} people)`;
    if (!s) return [week, `not measured: ${v.errors[0] ?? '?'}`, '', '', '', '', ''];
    return [
      week,
      `${ms(s.completeMs)}${t ? ` (${times(s.completeMs, t.complete)} of the ${ms(t.complete)} target)` : ''}`,
      ms(s.settledMs),
      ms(s.firstItemMs),
      `${s.heapMiB}`,
      `${frames(s.scrollY.p95)} / ${frames(s.scrollX.p95)} ms${t ? ` (target ≤ ${t.scroll === FRAME_BUDGET_MS ? '16.7' : '33'} ms)` : ''}`,
      `${s.domMax}`,
    ];
  });
  return [
    '### Schedule',
    '',
    table(
      [
        'week',
        'navigation → complete',
        'navigation → settled',
        'first block',
        'heap (MiB, after GC)',
        'scroll p95, vertical / horizontal',
        'DOM max',
      ],
      rows,
    ),
    '',
  ];
}

/** The run as markdown: the issue's table, targets, details, profiles, method and machine. */
export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const minutes = Math.round(r.durationSec / 60);
  const out: string[] = ['# Benchmarks', ''];
  out.push(
    `Written by \`npm run bench\` (${r.mode} run of ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, commit ${m.gitCommit}; ` +
      `it took **${minutes} min** here: ${Object.entries(r.partSeconds)
        .map(([k, v]) => `${k} ${Math.round(v / 6) / 10} min`)
        .join(', ')}). ` +
      'Parts can be run alone: `npm run bench -- --only timeline,peers --sizes 10k --runs 1` (see `--help`).',
    '',
    `**Machine load.** ${m.nproc} cores shared with other engineers' test runs: load average ${r.loadAverage.before.join(' / ')} ` +
      `before and ${r.loadAverage.after.join(' / ')} after (1 / 5 / 15 min). Absolute times are noisy; the planner and the peers ` +
      'take turns run by run in the same minutes, so the ratios are what counts.',
    '',
    `## Issue 15: the planner against the best peer (medians of ${r.options.runs} fresh-browser runs, Chromium ${r.method.viewport.width}×${r.method.viewport.height})`,
    '',
  );
  out.push(...issueTable(r), ...scheduleTable(r));
  out.push('## Targets', '');
  out.push(
    table(
      ['Target', 'Measured', 'Result'],
      evaluateTargets(r).map((t) => [t.target, t.figure, `**${t.verdict}**${t.note ? ` (${t.note})` : ''}`]),
    ),
    '',
    `Frame times are requestAnimationFrame intervals, quantised to the 60 Hz vsync: a run without a missed frame measures about ` +
      `16.7 ms at every percentile. A p95 up to ${FRAME_BUDGET_MS} ms counts as ≤ 16.7 ms and up to ${TWO_FRAMES_MS} ms as ≤ 33 ms (vsync jitter).`,
    '',
  );
  out.push(...renderDetails(r), ...renderProfiles(r), ...renderMethod(r), ...renderOtherParts(r));
  return out.join('\n');
}

function renderMethod(r: BenchResults): string[] {
  const m = r.machine;
  return [
    '## Method',
    '',
    `- One Chromium (${m.chromium}, \`--disable-gpu\`: software compositing), a **fresh browser process per run**, viewport ` +
      `${r.method.viewport.width}×${r.method.viewport.height}, ${r.options.runs} runs per measurement; every figure is the median of that figure over the runs. ` +
      'Per dataset the planner and the peers take turns (planner, dhtmlx-gantt, SVAR, frappe-gantt, then again).',
    `- **Navigation → settled** (all four): from navigation start to the later of the last DOM change (childList, text or attribute; ` +
      `the paint two frames after it) and the last byte of the last \`/api/\` response, confirmed by ${r.method.quietMs} ms with no DOM change and no \`/api/\` request in flight ` +
      '(a streamed body counts until its last byte).',
    '- **First bar** (planner): the paint after the first bar (Timeline) or block (Schedule) entered the DOM. **Complete view**: the later of the last ' +
      'DOM change to an element visible in the viewport (the paint after it) and the end of the last `/api/` read. Changes to elements far taller or wider than the viewport ' +
      '(a body whose height follows rows off screen) do not count as visible.',
    `- **Heap**: \`Runtime.getHeapUsage\` after two \`HeapProfiler.collectGarbage\` (CDP), after settling. MiB.`,
    `- **Scroll**: the chart's scroll container (the element under the chart with the most room on that axis; dhtmlx-gantt's own scrollbar elements) moves ` +
      `${r.method.scroll.pxPerFrame} px per animation frame for ${r.method.scroll.ms / 1000} s, bouncing at the ends; p95 of the rAF intervals. Vertically, then horizontally, each from the view as loaded (after the drag), put back after each run.`,
    '- **Drag** (planner, right after the load): a pointer drag of a bar/block paced at one move per ~16 ms for 2 s (5 steps right, 2 back), then the drop; every `/api/` request until the network has been quiet for 1 s counts for the drop.',
    '- **Peers**: each page reads the same N tasks from `/api/dataset.json` at start (served from memory, no server work), converts them to the library’s format and renders ' +
      '(dhtmlx-gantt community with defaults; SVAR React Gantt, Willow theme; frappe-gantt, which has no tree: a bar per group then its tasks). One row per task under its first assignee, one parent row per user.',
    '- **Traces**: one extra run per planner dataset with a CDP trace (DevTools Performance categories and the V8 sampling profiler), saved as `bench/results/traces/*.json.gz` ' +
      '(git-ignored; open them in the DevTools Performance panel). The traced run also counts which React components render (the DevTools hook walks each commit) and ends with a heap snapshot; ' +
      'it is not part of the medians. Function names come from the build’s hidden source maps.',
    '',
    '## Datasets',
    '',
    table(
      ['Name', 'Used for', 'Tasks', 'Users', 'Time blocks', 'Spread', 'Command'],
      r.datasets.map((d) => [
        d.name,
        d.kind,
        d.tasks,
        d.groups,
        d.timeBlocks,
        d.blockDays === 7 ? 'this work week' : `${d.blockDays} days from this Monday (workdays)`,
        `\`${d.seed}\``,
      ]),
    ),
    '',
    'Tasks spread over today ±21 days (the generator’s default). The bench builds each database with the same argument parser and generator as `npm run seed`.',
    '',
    '## Machine and versions',
    '',
    table(
      ['', ''],
      [
        ['CPU', `${m.cpu}, ${m.nproc} cores`],
        ['Memory', `${m.memoryGiB} GiB`],
        ['OS', m.os],
        ['Node', m.node],
        ['Chromium', m.chromium],
        ['Planner', m.planner],
        ...Object.entries(m.packages).map(([k, v]) => [k, v]),
      ],
    ),
    '',
    `Peers: ${Object.values(PEER_NAMES).join(', ')}.`,
    '',
  ];
}
