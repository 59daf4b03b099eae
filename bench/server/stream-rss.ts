import { readFileSync, writeFileSync } from 'node:fs';
import { spawnPlanner } from './spawn-planner';

const WS = '/organizations/4100/workspaces/5200';
const BASIC = `Basic ${Buffer.from('demo@example.com:demo').toString('base64')}`;

const statusKb = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : Number.NaN;
};

export interface StreamResult {
  blocks: number;
  bytes: number;
  seconds: number;
  baselineRssMiB: number;
  peakRssMiB: number;
  /** Peak minus the idle RSS before the request: what the stream itself cost. */
  growthMiB: number;
}

/**
 * Reads /time-blocks/stream over every block of the database from a planner in a child process and
 * samples that process's memory. The kernel's high-water mark is reset just before the request
 * (clear_refs 5), so startup allocations do not count as the stream's peak.
 */
export async function measureStreamRss(dbFile: string, blocks: number): Promise<StreamResult> {
  const planner = await spawnPlanner(dbFile);
  try {
    const url = `${planner.localApiUrl}/api${WS}/time-blocks/stream?date_from=2000-01-01T00:00:00Z&date_to=2100-01-01T00:00:00Z`;
    // Warm-up with a tiny range so lazy modules and statements are loaded before the baseline.
    await (
      await fetch(url.replace('2100-01-01', '2000-01-02'), { headers: { authorization: BASIC } })
    ).text();
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 300));
    const baseline = statusKb(planner.pid, 'VmRSS');
    try {
      writeFileSync(`/proc/${planner.pid}/clear_refs`, '5');
    } catch {
      // Not allowed here: the peak then includes startup, which only overstates it.
    }
    let sampledPeak = baseline;
    const timer = setInterval(() => {
      sampledPeak = Math.max(sampledPeak, statusKb(planner.pid, 'VmRSS'));
    }, 20);
    const started = performance.now();
    const res = await fetch(url, { headers: { authorization: BASIC } });
    const reader = res.body!.getReader();
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    const peak = Math.max(sampledPeak, statusKb(planner.pid, 'VmHWM'));
    const mib = (kb: number) => Math.round((kb / 1024) * 10) / 10;
    return {
      blocks,
      bytes,
      seconds: Math.round(seconds * 100) / 100,
      baselineRssMiB: mib(baseline),
      peakRssMiB: mib(peak),
      growthMiB: mib(peak - baseline),
    };
  } finally {
    await planner.stop();
  }
}
