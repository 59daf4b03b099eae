import type { PeerDataset } from '../../lib/datasets';

export type { PeerDataset };

declare global {
  interface Window {
    /** Set once the chart has been handed its data (or the load failed). */
    __peer?: { rendered: boolean; error?: string };
  }
}

/**
 * Starts the page as an app would: reads the dataset over HTTP (`/api/dataset.json`, the same N tasks the
 * planner reads from its API), converts it to the library's format and renders. The bench's clock runs from
 * navigation start to a DOM quiet for 1 s with no /api/ request in flight, as for the planner.
 */
export function expose(render: (data: PeerDataset, root: HTMLElement) => void): void {
  const root = document.getElementById('chart')!;
  window.__peer = { rendered: false };
  fetch('/api/dataset.json')
    .then((res) => {
      if (!res.ok) throw new Error(`dataset: HTTP ${res.status}`);
      return res.json() as Promise<PeerDataset>;
    })
    .then((data) => {
      render(data, root);
      window.__peer = { rendered: true };
    })
    .catch((err: unknown) => {
      window.__peer = { rendered: false, error: String(err) };
    });
}

/** `YYYY-MM-DD` as a local Date (calendar dates are never instants). */
export const localDate = (ymd: string) => {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(y, m - 1, d);
};

/** The day after `ymd`: the exclusive end most libraries expect. */
export const dayAfter = (ymd: string) => {
  const d = localDate(ymd);
  d.setDate(d.getDate() + 1);
  return d;
};

/** Groups with their tasks, in the order the planner's users grouping shows them. */
export function byGroup(data: PeerDataset) {
  const tasks = new Map<number, PeerDataset['tasks']>();
  for (const t of data.tasks) {
    const list = tasks.get(t.group);
    if (list) list.push(t);
    else tasks.set(t.group, [t]);
  }
  return data.groups
    .filter((g) => tasks.has(g.id))
    .map((g) => {
      const list = tasks.get(g.id)!;
      let start = list[0].start;
      let end = list[0].end;
      for (const t of list) {
        if (t.start < start) start = t.start;
        if (t.end > end) end = t.end;
      }
      return { ...g, start, end, tasks: list };
    });
}
