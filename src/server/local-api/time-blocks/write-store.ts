import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import type { WorkspaceScope } from '../scope';
import type { TimeBlockRow } from './row';
import { normalizeStart } from './start';

// A block write moves the block's updated_at on, not its task's: none of the task's own fields change (its
// time-block counters are computed on read), and the OpenAPI documents no cascade from blocks to tasks.

export function getBlock(db: Db, id: number): TimeBlockRow {
  return db.prepare('SELECT * FROM time_blocks WHERE id = ?').get(id) as TimeBlockRow;
}

export interface NewBlock {
  taskId: number;
  start: string;
  duration?: number;
  completed?: boolean;
}

/** Inserts a block owned by the caller; the timezone is the caller's, snapshotted as the upstream does. */
export function insertBlock(db: Db, scope: WorkspaceScope, block: NewBlock): TimeBlockRow {
  const now = nowIso();
  const { start, startTs } = normalizeStart(block.start);
  const tz = db.prepare('SELECT timezone FROM users WHERE id = ?').get(scope.userId) as
    { timezone: string } | undefined;
  const info = db
    .prepare(
      `INSERT INTO time_blocks (workspace_id, task_id, toggl_user_id, start, start_ts, duration, timezone,
         completed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      scope.workspaceId,
      block.taskId,
      scope.userId,
      start,
      startTs,
      block.duration ?? 0,
      tz?.timezone ?? null,
      block.completed ? now : null,
      now,
      now,
    );
  return getBlock(db, Number(info.lastInsertRowid));
}

export interface BlockChange {
  taskId?: number;
  start?: string;
  duration?: number;
  completed?: boolean;
}

/**
 * Applies a partial change. `completed: true` keeps an existing completion time (completing twice
 * is not a new completion); `false` clears it.
 */
export function updateBlock(db: Db, id: number, change: BlockChange): void {
  const now = nowIso();
  const sets: string[] = ['updated_at = later_stamp(updated_at, ?)'];
  const args: unknown[] = [now];
  if (change.taskId !== undefined) {
    sets.push('task_id = ?');
    args.push(change.taskId);
  }
  if (change.start !== undefined) {
    const { start, startTs } = normalizeStart(change.start);
    sets.push('start = ?', 'start_ts = ?');
    args.push(start, startTs);
  }
  if (change.duration !== undefined) {
    sets.push('duration = ?');
    args.push(change.duration);
  }
  if (change.completed === true) {
    sets.push('completed_at = COALESCE(completed_at, ?)');
    args.push(now);
  } else if (change.completed === false) {
    sets.push('completed_at = NULL');
  }
  db.prepare(`UPDATE time_blocks SET ${sets.join(', ')} WHERE id = ?`).run(...args, id);
}

/** Sets or clears one of the lifecycle timestamps. */
export function setStamp(
  db: Db,
  ids: readonly number[],
  column: 'archived_at' | 'deleted_at',
  on: boolean,
): void {
  const now = nowIso();
  const stmt = db.prepare(
    `UPDATE time_blocks SET ${column} = ${on ? `COALESCE(${column}, ?)` : 'NULL'}, updated_at = later_stamp(updated_at, ?) WHERE id = ?`,
  );
  for (const id of ids) {
    if (on) stmt.run(now, now, id);
    else stmt.run(now, id);
  }
}

/** Undoes a delete and an archive in one statement. */
export function restoreBlock(db: Db, id: number): void {
  db.prepare(
    'UPDATE time_blocks SET deleted_at = NULL, archived_at = NULL, updated_at = later_stamp(updated_at, ?) WHERE id = ?',
  ).run(nowIso(), id);
}
