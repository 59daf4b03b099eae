import type { TimeBlock, TimeBlockAggregate } from '@/api/time-block';

/** A `time_blocks` row as stored; `start_ts` is the epoch-seconds twin of `start` used by range indexes. */
export interface TimeBlockRow {
  id: number;
  workspace_id: number;
  task_id: number;
  toggl_user_id: number;
  start: string;
  start_ts: number;
  duration: number;
  description: string | null;
  timezone: string | null;
  calendar_event_id: number | null;
  completed_at: string | null;
  archived_at: string | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** models.TimeBlock: the stored fields under their upstream names, nothing else. */
export function toTimeBlock(row: TimeBlockRow): TimeBlock {
  return {
    id: row.id,
    workspace_id: row.workspace_id,
    task_id: row.task_id,
    toggl_user_id: row.toggl_user_id,
    start: row.start,
    duration: row.duration,
    description: row.description,
    timezone: row.timezone,
    calendar_event_id: row.calendar_event_id,
    completed_at: row.completed_at,
    archived_at: row.archived_at,
    deleted_at: row.deleted_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** timeblock.TimeBlockAggregate: the local API records no time entries, so `has_time_entry` is false. */
export function toAggregate(row: TimeBlockRow): TimeBlockAggregate {
  return { ...toTimeBlock(row), has_time_entry: false };
}
