import { z } from 'zod';
import {
  bareOrItems,
  bothWays,
  csvIdsRequired,
  id,
  idParam,
  noDuplicateIds,
  orderByEnum,
  pageOf,
  pageParams,
  queryBool,
  isRfc3339,
  rfc3339,
} from './common';
import { lenientList } from './lenient';
import { taskSchema } from './task';

const int = z.number().int();

// A block is placed by its start: one that names no instant (any string passes Toggl's schema) is left out with
// a notice, instead of being lost from a view without a word or stopping the booked-time fold.
const blockStart = z.string().refine(isRfc3339, { message: 'is not a date and time with its time zone' });

/** models.TimeBlock (`start` RFC 3339 in UTC, `duration` in seconds). */
export const timeBlockSchema = z.object({
  id: int,
  workspace_id: int,
  task_id: int,
  toggl_user_id: int,
  start: blockStart,
  created_at: z.string(),
  duration: int.nullish(),
  archived_at: z.string().nullish(),
  calendar_event_id: int.nullish(),
  completed_at: z.string().nullish(),
  deleted_at: z.string().nullish(),
  description: z.string().nullish(),
  timezone: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type TimeBlock = z.infer<typeof timeBlockSchema>;
export const timeBlocksSchema = lenientList(timeBlockSchema, 'time block');

/** timeblock.TimeBlockAggregate: item of the per-task list. */
export const timeBlockAggregateSchema = timeBlockSchema.extend({ has_time_entry: z.boolean() });
export type TimeBlockAggregate = z.infer<typeof timeBlockAggregateSchema>;
export const timeBlockAggregatePageSchema = pageOf(timeBlockAggregateSchema, 'time block');
export type TimeBlockAggregatePage = z.infer<typeof timeBlockAggregatePageSchema>;

/** timeblock.TimeBlockAggregateWithTask: item of the range list and the stream. */
export const timeBlockWithTaskSchema = timeBlockAggregateSchema.extend({ task: taskSchema.nullish() });
export type TimeBlockWithTask = z.infer<typeof timeBlockWithTaskSchema>;
export const timeBlockWithTaskPageSchema = pageOf(timeBlockWithTaskSchema, 'time block');
export type TimeBlockWithTaskPage = z.infer<typeof timeBlockWithTaskPageSchema>;
export const timeBlockStreamSchema = lenientList(timeBlockWithTaskSchema, 'time block');

export const MAX_TIME_BLOCK_SECONDS = 7 * 24 * 60 * 60;
export const MAX_TIME_BLOCK_BULK = 500;

const duration = z
  .number()
  .int()
  .min(0)
  .max(MAX_TIME_BLOCK_SECONDS, { message: 'must be at most 7 days (604800 s)' });

const payloadShape = {
  start: rfc3339,
  duration: duration.optional(),
  completed: z.boolean().optional(),
  outbound_sync: z.boolean().optional(),
};

/** timeblock.Payload: POST and PUT of `/tasks/{task_id}/time-blocks[/{id}]`. */
export const timeBlockCreateSchema = z.object(payloadShape);
export type TimeBlockCreate = z.infer<typeof timeBlockCreateSchema>;
export const timeBlockUpdateSchema = timeBlockCreateSchema;
export type TimeBlockUpdate = z.infer<typeof timeBlockUpdateSchema>;

const patchShape = {
  start: rfc3339.optional(),
  duration: duration.optional(),
  completed: z.boolean().optional(),
  outbound_sync: z.boolean().optional(),
  // Moves the block to another task.
  task_id: id.optional(),
};

/** timeblock.PartialUpdatePayload. */
export const timeBlockPatchSchema = z.object(patchShape);
export type TimeBlockPatch = z.infer<typeof timeBlockPatchSchema>;

/** timeblock.PartialUpdatePayloadWithID: item of PATCH /time-blocks/bulk. */
export const timeBlockPatchItemSchema = z.object({ id, ...patchShape });
export type TimeBlockPatchItem = z.infer<typeof timeBlockPatchItemSchema>;

/** PATCH /time-blocks/bulk: bare array (or `{items}`), 1 to 500 items, each id once. */
export const timeBlockBulkPatchSchema = bareOrItems(timeBlockPatchItemSchema, {
  max: MAX_TIME_BLOCK_BULK,
}).superRefine(noDuplicateIds);
export type TimeBlockBulkPatch = z.infer<typeof timeBlockBulkPatchSchema>;

/** timeblock.PayloadWithTaskID. */
export const timeBlockCreateWithTaskSchema = z.object({ ...payloadShape, task_id: id });
export type TimeBlockCreateWithTask = z.infer<typeof timeBlockCreateWithTaskSchema>;

/** timeblock.BulkCreatePayload: `{time_blocks: [...]}`, 1 to 500 blocks. */
export const timeBlockBulkCreateSchema = z.object({
  time_blocks: z
    .array(timeBlockCreateWithTaskSchema)
    .min(1, { message: 'must hold at least one time block' })
    .max(MAX_TIME_BLOCK_BULK, { message: `must hold at most ${MAX_TIME_BLOCK_BULK} time blocks` }),
});
export type TimeBlockBulkCreate = z.infer<typeof timeBlockBulkCreateSchema>;

/** Query of DELETE `/tasks/{task_id}/time-blocks/{id}`. */
export const timeBlockDeleteQuerySchema = z.object({ outbound_sync: queryBool.optional() });

/** Query of DELETE /time-blocks/bulk. */
export const timeBlockBulkDeleteQuerySchema = z.object({
  ids: csvIdsRequired(MAX_TIME_BLOCK_BULK),
  outbound_sync: queryBool.optional(),
});
export type TimeBlockBulkDeleteQuery = z.infer<typeof timeBlockBulkDeleteQuerySchema>;

const timeBlockOrder = orderByEnum(bothWays('start', 'task_id', 'created_at', 'updated_at'));

/** Query of GET `/tasks/{task_id}/time-blocks`. */
export const timeBlockTaskListQuerySchema = z.object({
  ...pageParams,
  order_by: timeBlockOrder.optional(),
  archived: queryBool.optional(),
});
export type TimeBlockTaskListQuery = z.infer<typeof timeBlockTaskListQuerySchema>;

const rangeShape = {
  date_from: rfc3339,
  date_to: rfc3339,
  task_id: idParam.optional(),
  status_id: idParam.optional(),
  archived: queryBool.optional(),
  order_by: timeBlockOrder.optional(),
};
const rangeOrdered = (q: { date_from: string; date_to: string }) =>
  Date.parse(q.date_from.replace(' ', 'T')) <= Date.parse(q.date_to.replace(' ', 'T'));
const rangeIssue = { message: 'date_from must not be after date_to', path: ['date_to'] };

/** Query of GET /time-blocks: `date_from`/`date_to` required (RFC 3339, ordered), paged. */
export const timeBlockRangeQuerySchema = z
  .object({ ...rangeShape, ...pageParams })
  .refine(rangeOrdered, rangeIssue);
export type TimeBlockRangeQuery = z.infer<typeof timeBlockRangeQuerySchema>;

/** Query of GET /time-blocks/stream: as the range query, without paging (the stream returns everything). */
export const timeBlockStreamQuerySchema = z.object(rangeShape).refine(rangeOrdered, rangeIssue);
export type TimeBlockStreamQuery = z.infer<typeof timeBlockStreamQuerySchema>;
