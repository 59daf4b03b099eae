import { format } from 'date-fns';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoOptions, generate } from '../../src/server/local-api/db/generate';
import { openDatabase } from '../../src/server/local-api/db/open';

/** One generated organization: `groups` is the user count (the rows of the users grouping). */
export interface DatasetSpec {
  name: string;
  tasks: number;
  groups: number;
  timeBlocks: number;
  /** Days from this Monday over which blocks spread; 7 puts every block in one week. */
  blockDays: number;
}

export const SEED = 20261124;

export const FULL_DATASETS: DatasetSpec[] = [
  { name: '1k', tasks: 1_000, groups: 100, timeBlocks: 20_000, blockDays: 7 },
  { name: '5k', tasks: 5_000, groups: 300, timeBlocks: 50_000, blockDays: 7 },
  { name: '10k', tasks: 10_000, groups: 300, timeBlocks: 50_000, blockDays: 7 },
];

export const QUICK_DATASETS: DatasetSpec[] = [
  { name: '1k', tasks: 1_000, groups: 100, timeBlocks: 20_000, blockDays: 7 },
  { name: '10k', tasks: 10_000, groups: 300, timeBlocks: 50_000, blockDays: 7 },
];

export const today = () => format(new Date(), 'yyyy-MM-dd');

/** A scratch directory for the benchmark's SQLite files, removed by `cleanup`. */
export function scratchDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'planner-bench-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Writes the dataset into a new SQLite file with the deterministic generator; returns the path. `use`
 * keeps copies apart: the server load test writes to its copy, the browser views need pristine data.
 */
export function createDatasetDb(dir: string, spec: DatasetSpec, use = 'views'): string {
  const file = join(dir, `${spec.name}-${spec.tasks}-${spec.timeBlocks}-${use}.db`);
  const db = openDatabase(file);
  try {
    generate(db, {
      ...demoOptions(today()),
      tasks: spec.tasks,
      users: spec.groups,
      // Enough projects that private-project masking and colours vary as in a real workspace.
      projects: Math.max(6, Math.round(spec.groups / 10)),
      timeBlocks: spec.timeBlocks,
      taskSpreadDays: 21,
      blockSpreadDays: spec.blockDays,
      seed: SEED,
    });
  } finally {
    db.close();
  }
  return file;
}

/** The task dataset as the peer pages receive it: one row per task under its first assignee. */
export interface PeerDataset {
  groups: { id: number; name: string }[];
  tasks: { id: number; name: string; group: number; start: string; end: string }[];
}

export function readPeerDataset(file: string): PeerDataset {
  const db = openDatabase(file);
  try {
    const groups = db
      .prepare('SELECT id, fullname AS name FROM users ORDER BY id')
      .all() as PeerDataset['groups'];
    const tasks = db
      .prepare(
        `SELECT t.id, t.name, COALESCE(MIN(a.user_id), 0) AS "group", t.start_date AS start, t.end_date AS "end"
           FROM tasks t LEFT JOIN task_assignees a ON a.task_id = t.id
          WHERE t.deleted_at IS NULL AND t.start_date IS NOT NULL
          GROUP BY t.id ORDER BY t.id`,
      )
      .all() as PeerDataset['tasks'];
    if (tasks.some((t) => t.group === 0)) groups.push({ id: 0, name: 'No assignee' });
    return { groups, tasks };
  } finally {
    db.close();
  }
}
