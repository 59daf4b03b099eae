import { PEER_NAMES } from './peer-names';
import type { BenchResults, ViewResult } from './results';
import type { ScrollSummary } from './summary';
import { table } from './table';
import { bestPeers, ms, times } from './targets';

const scroll = (s: ScrollSummary) =>
  Number.isFinite(s.p95)
    ? `${s.p50} / ${s.p95} / ${s.max} ms (${s.dropped} late, ${s.commits} commits)`
    : 'n/a (no room to scroll)';

function plannerRows(list: ViewResult[]) {
  return list.map((v) => {
    const s = v.summary;
    const head = [
      v.dataset,
      v.view,
      `${v.runs.length}${v.errors.length ? ` (+${v.errors.length} failed: ${v.errors[0]})` : ''}`,
    ];
    if (!s) return [...head, 'not measured', '', '', '', '', '', '', '', '', ''];
    return [
      ...head,
      `${ms(s.firstItemMs)} / ${ms(s.completeMs)} / ${ms(s.settledMs)}`,
      ms(s.readsDoneMs),
      `${s.loadRequests}`,
      `${s.loadCommits} / ${ms(s.loadLongTaskMs)}`,
      `${s.domAfterLoad} / ${s.domMax}`,
      `${s.heapMiB}`,
      scroll(s.scrollY),
      scroll(s.scrollX),
      s.dragP95 === null
        ? `n/a (${v.runs.find((r) => r.dragError)?.dragError ?? '?'})`
        : `${s.dragP95} ms (${s.dragCommits} commits)`,
      s.dropRequests === null ? 'n/a' : s.dropRequests.join('<br>') || 'none',
    ];
  });
}

/** Every figure of the planner's views and of the peers, per dataset. */
export function renderDetails(r: BenchResults): string[] {
  const out: string[] = [];
  const views = [...(r.timeline ?? []), ...(r.schedule ?? [])];
  if (views.length) {
    out.push(
      '## The planner in detail',
      '',
      table(
        [
          'Dataset',
          'View',
          'Runs',
          'First bar / complete / settled',
          'Reads done',
          'Requests (load)',
          'React commits / long tasks (load)',
          'DOM after load / max',
          'Heap MiB',
          'Vertical scroll p50 / p95 / max',
          'Horizontal scroll p50 / p95 / max',
          'Drag p95',
          'Requests per drop',
        ],
        plannerRows(views),
      ),
      '',
      '"Late": frames more than 25 ms after the previous one. Long tasks: the PerformanceObserver\'s, summed over the load.',
      '',
    );
    const labels = (r.timeline ?? []).flatMap((v) =>
      v.summary?.labels ? [[v.dataset, v.summary.labels] as const] : [],
    );
    if (labels.length)
      out.push(
        `**Sticky row labels after a vertical scroll** (rows fully below the date header, at 5 %, 20 % and 50 % of the scroll height): ` +
          labels
            .map(([d, l]) => `${d}: ${l.misplaced} of ${l.checked} labels not at the top of their row`)
            .join('; ') +
          '.',
        '',
      );
  }
  if (r.peers?.length) {
    const ours = (d: string) => r.timeline?.find((t) => t.dataset === d)?.summary;
    out.push(
      '## Peers',
      '',
      table(
        [
          'N',
          'Library',
          'Runs',
          'Navigation → settled',
          'Heap MiB',
          'DOM',
          'Vertical scroll p50 / p95 / max',
          'Horizontal scroll p50 / p95 / max',
          'Planner settled ÷ this',
        ],
        r.peers.map((p) => {
          const s = p.summary;
          const head = [
            p.dataset,
            PEER_NAMES[p.peer],
            `${p.runs.length}${p.errors.length ? ` (+${p.errors.length} failed: ${p.errors[0]})` : ''}`,
          ];
          if (!s) return [...head, 'not measured', '', '', '', '', ''];
          const o = ours(p.dataset);
          const best = bestPeers(r, p.dataset)?.fastest.peer === p.peer ? ' (best)' : '';
          return [
            ...head,
            `${ms(s.settledMs)}${best}`,
            `${s.heapMiB}`,
            `${s.domElements}`,
            scroll(s.scrollY),
            scroll(s.scrollX),
            o ? times(o.settledMs, s.settledMs) : 'n/a',
          ];
        }),
      ),
      '',
    );
  }
  return out;
}
