import type { PeerDataset } from '../../lib/datasets';

export type { PeerDataset };

declare global {
  interface Window {
    __bench?: { load(json: string): Promise<number> };
  }
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves once the DOM under `root` has stopped changing for two frames (libraries that render in
 * effects or timers finish then), at most 5 s after the render call.
 */
export async function settled(root: HTMLElement): Promise<void> {
  await frame();
  await frame();
  let count = root.getElementsByTagName('*').length;
  let stable = 0;
  const until = performance.now() + 5000;
  while (stable < 2 && performance.now() < until) {
    await frame();
    const next = root.getElementsByTagName('*').length;
    stable = next === count ? stable + 1 : 0;
    count = next;
  }
}

/**
 * Exposes `window.__bench.load(json)`: parses the dataset, hands it to the library and answers the
 * milliseconds from the call to a painted, settled chart. Conversion to the library's format counts,
 * as parsing and shaping the API response counts for the planner.
 */
export function expose(render: (data: PeerDataset, root: HTMLElement) => void): void {
  const root = document.getElementById('chart')!;
  window.__bench = {
    async load(json: string) {
      const started = performance.now();
      render(JSON.parse(json) as PeerDataset, root);
      await settled(root);
      // The last two frames that only confirmed stability are not render work.
      return performance.now() - started - 2 * (1000 / 60);
    },
  };
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
