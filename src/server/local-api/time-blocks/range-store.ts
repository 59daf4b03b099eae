import { MAX_TIME_BLOCK_SECONDS, type TimeBlockStreamQuery } from '@/api/time-block';
import type { WorkspaceScope } from '../scope';
import { epochSeconds } from './start';
import { taskVisibleArgs, taskVisibleSql } from './visible-store';

/**
 * FROM + WHERE of the range list and the stream. A block is in the range when it overlaps it:
 * `start < date_to AND start + duration > date_from` (a zero-length block counts when
 * `date_from <= start < date_to`). Durations are capped at 7 days, so `start > date_from - 7 days` is
 * implied; stating it bounds the scan of the (workspace_id, start_ts) index from both sides.
 * Blocks of deleted tasks and of private projects the caller cannot see are left out.
 */
export function rangeFilter(
  scope: WorkspaceScope,
  q: TimeBlockStreamQuery,
): { sql: string; args: unknown[] } {
  const from = epochSeconds(q.date_from);
  const to = epochSeconds(q.date_to);
  const where = [
    'b.workspace_id = ?',
    'b.start_ts < ?',
    'b.start_ts > ?',
    '(b.start_ts + b.duration > ? OR b.start_ts >= ?)',
    'b.deleted_at IS NULL',
    `b.archived_at IS ${q.archived ? 'NOT NULL' : 'NULL'}`,
  ];
  const args: unknown[] = [scope.workspaceId, to, from - MAX_TIME_BLOCK_SECONDS, from, from];
  if (q.task_id !== undefined) {
    where.push('b.task_id = ?');
    args.push(q.task_id);
  }
  if (q.status_id !== undefined) {
    where.push('t.status_id = ?');
    args.push(q.status_id);
  }
  where.push(taskVisibleSql('t', scope));
  args.push(...taskVisibleArgs(scope));
  return {
    sql: `FROM time_blocks b JOIN tasks t ON t.id = b.task_id WHERE ${where.join(' AND ')}`,
    args,
  };
}
