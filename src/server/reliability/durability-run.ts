import Database from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChildServer } from './child-server';

export interface DurabilityOptions {
  /** Bulk writes to send in total (the server is killed before the stream ends). */
  bulks: number;
  itemsPerBulk: number;
  /** SIGKILL once this many bulks were acknowledged. */
  killAfterAcks: number;
  /** Requests in flight at once, so that the kill lands in the middle of some. */
  concurrency: number;
  log?: (line: string) => void;
}

export interface DurabilityReport {
  sent: number;
  acknowledged: number;
  /** Bulks whose answer never came (in flight at the kill), found complete after the restart. */
  inFlightCommitted: number;
  inFlightAbsent: number;
  lostAcknowledged: number[];
  partial: { bulk: number; present: number; of: number }[];
  integrity: string[];
  foreignKeyProblems: number;
  restartOk: boolean;
}

const AUTH = `Basic ${Buffer.from('demo@example.com:demo').toString('base64')}`;
const WS = '/api/organizations/4100/workspaces/5200';
/** Block durations are the marker: bulk b, item i has a duration no seeded block has. */
const MARK_BASE = 300_001;

/**
 * Crash test: a stream of bulk writes (time blocks and tasks, each item with a unique marker) to a
 * real planner process, SIGKILL in the middle, restart on the same database, then check that every
 * acknowledged bulk is fully there, no bulk is partly there, and SQLite's integrity checks pass.
 */
export async function runDurability(opts: DurabilityOptions): Promise<DurabilityReport> {
  const log = opts.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), 'planner-durability-'));
  const dbFile = join(dir, 'planner.db');
  const children: ChildProcess[] = [];
  try {
    const server = await startChildServer({ PLANNER_DB: dbFile });
    children.push(server.child);
    const taskIds = await fetchJson<{ data: { id: number }[] }>(
      `${server.localApiUrl}${WS}/tasks?per_page=50`,
    ).then((page) => page.data.map((t) => t.id));
    log(
      `durability: server pid ${server.child.pid} at ${server.localApiUrl}, ${taskIds.length} tasks to attach blocks to`,
    );

    const acked = new Set<number>();
    const started = new Set<number>();
    let next = 0;
    let killed = false;
    const bodyOf = (b: number) =>
      b % 2 === 0
        ? {
            path: `${WS}/time-blocks/bulk`,
            body: {
              time_blocks: Array.from({ length: opts.itemsPerBulk }, (_, i) => ({
                task_id: taskIds[(b + i) % taskIds.length],
                start: new Date(Date.UTC(2026, 2, 16, 8) + (b * opts.itemsPerBulk + i) * 60_000)
                  .toISOString()
                  .replace('.000', ''),
                duration: MARK_BASE + b * opts.itemsPerBulk + i,
              })),
            },
          }
        : {
            path: `${WS}/tasks/bulk`,
            body: {
              tasks: Array.from({ length: opts.itemsPerBulk }, (_, i) => ({ name: `durability-${b}-${i}` })),
            },
          };

    async function worker() {
      while (!killed && next < opts.bulks) {
        const b = next++;
        const { path, body } = bodyOf(b);
        started.add(b);
        try {
          const res = await fetch(`${server.localApiUrl}${path}`, {
            method: 'POST',
            headers: { authorization: AUTH, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          await res.arrayBuffer();
          if (res.status >= 200 && res.status < 300 && !killed) {
            acked.add(b);
            if (acked.size >= opts.killAfterAcks && !killed) {
              killed = true;
              server.child.kill('SIGKILL');
            }
          } else if (!killed) throw new Error(`bulk ${b}: HTTP ${res.status}`);
        } catch (err) {
          if (!killed) throw err;
        }
      }
    }
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
    if (!killed) server.child.kill('SIGKILL');
    log(
      `durability: killed with ${await server.exited} after ${acked.size} acknowledged of ${started.size} sent bulks`,
    );

    const again = await startChildServer({ PLANNER_DB: dbFile });
    children.push(again.child);
    const restartOk =
      (await fetch(`${again.localApiUrl}${WS}/tasks?per_page=1`, { headers: { authorization: AUTH } }))
        .status === 200;
    again.child.kill('SIGTERM');
    await again.exited;

    const db = new Database(dbFile, { readonly: true });
    const blockCount = db.prepare('SELECT COUNT(*) FROM time_blocks WHERE duration BETWEEN ? AND ?').pluck();
    const taskCount = db.prepare("SELECT COUNT(*) FROM tasks WHERE name LIKE ? ESCAPE '\\'").pluck();
    const report: DurabilityReport = {
      sent: started.size,
      acknowledged: acked.size,
      inFlightCommitted: 0,
      inFlightAbsent: 0,
      lostAcknowledged: [],
      partial: [],
      integrity: db.prepare('PRAGMA integrity_check').pluck().all() as string[],
      foreignKeyProblems: db.prepare('PRAGMA foreign_key_check').all().length,
      restartOk,
    };
    for (const b of started) {
      const first = MARK_BASE + b * opts.itemsPerBulk;
      const present = (
        b % 2 === 0
          ? blockCount.get(first, first + opts.itemsPerBulk - 1)
          : taskCount.get(`durability-${b}-%`)
      ) as number;
      if (present !== 0 && present !== opts.itemsPerBulk)
        report.partial.push({ bulk: b, present, of: opts.itemsPerBulk });
      if (acked.has(b) && present !== opts.itemsPerBulk) report.lostAcknowledged.push(b);
      if (!acked.has(b)) {
        if (present === opts.itemsPerBulk) report.inFlightCommitted++;
        else if (present === 0) report.inFlightAbsent++;
      }
    }
    db.close();
    log(
      `durability: ${report.acknowledged} acknowledged bulks all present: ${report.lostAcknowledged.length === 0}; ` +
        `in flight at the kill: ${report.inFlightCommitted} committed, ${report.inFlightAbsent} absent; partial bulks: ${report.partial.length}; ` +
        `integrity_check: ${report.integrity.join(',')}; restart ok: ${report.restartOk}`,
    );
    return report;
  } finally {
    // A failed run must not leave a server behind.
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { authorization: AUTH } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}
