import { format } from 'date-fns';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../src/server/local-api/db/generate';
import { parseGenerateArgs } from '../../src/server/local-api/db/generate-args';
import { openDatabase } from '../../src/server/local-api/db/open';

/** One generated organization: `groups` is the user count (the rows of the users grouping). */
export interface DatasetSpec {
  name: string;
  tasks: number;
  groups: number;
  timeBlocks: number;
  /** Days from this Monday over which blocks spread (workdays only): 7 is one work week, 14 two. */
  blockDays: number;
}

export const SEED = 20261124;

/**
 * The Timeline datasets of issue 15: N tasks, 100 users at 1k and 300 above, 10 time blocks per task capped
 * at 50,000, spread over 14 days. The peers get the same N tasks.
 */
export function timelineDataset(tasks: number): DatasetSpec {
  return {
    name: tasks % 1000 === 0 ? `${tasks / 1000}k` : String(tasks),
    tasks,
    groups: tasks <= 1_000 ? 100 : 300,
    timeBlocks: Math.min(10 * tasks, 50_000),
    blockDays: 14,
  };
}

export const TIMELINE_SIZES = [1_000, 5_000, 10_000] as const;

/**
 * The Schedule's weeks: a realistic one (300 people × 30 blocks) and the dense one (50,000 blocks), both in
 * this work week, over the same 10,000 tasks as the largest Timeline dataset.
 */
export const SCHEDULE_DATASETS: DatasetSpec[] = [
  { name: 'week-300x30', tasks: 10_000, groups: 300, timeBlocks: 9_000, blockDays: 7 },
  { name: 'week-dense', tasks: 10_000, groups: 300, timeBlocks: 50_000, blockDays: 7 },
];

/**
 * The `npm run seed` arguments that build a dataset. Projects scale with the users (one per ten), so work
 * spreads over most people as in a real organization (tasks in a project go to its 4-7 members).
 */
export function seedArgs(spec: DatasetSpec): string[] {
  return [
    '--tasks',
    String(spec.tasks),
    '--users',
    String(spec.groups),
    '--projects',
    String(Math.max(6, Math.round(spec.groups / 10))),
    '--time-blocks',
    String(spec.timeBlocks),
    '--block-days',
    String(spec.blockDays),
    '--seed',
    String(SEED),
  ];
}

export const seedCommand = (spec: DatasetSpec) => `npm run seed -- ${seedArgs(spec).join(' ')}`;

export const today = () => format(new Date(), 'yyyy-MM-dd');

/** A scratch directory for the benchmark's SQLite files, removed by `cleanup`. */
export function scratchDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'planner-bench-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Writes the dataset into a new SQLite file exactly as `npm run seed` with `seedArgs(spec)` would (the same
 * argument parser and generator); returns the path. `use` keeps copies apart: the server load test writes
 * to its copy, the browser views need pristine data.
 */
export function createDatasetDb(dir: string, spec: DatasetSpec, use = 'views'): string {
  const file = join(dir, `${spec.name}-${spec.tasks}-${spec.timeBlocks}-${use}.db`);
  const { options } = parseGenerateArgs(seedArgs(spec), today());
  const db = openDatabase(file);
  try {
    generate(db, options);
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
