import { z } from 'zod';
import {
  bareOrItems,
  calendarDate,
  csvIdsRequired,
  datesOrdered,
  id,
  idList,
  idParam,
  nameText,
  noDuplicateIds,
  queryBool,
  text,
} from './common';
import {
  allocationUnitSchema,
  datesOrderedIssue,
  estimatedMins,
  estimateTypeSchema,
  notesText,
  taskPosition,
  taskPrioritySchema,
} from './task';

/**
 * Editing existing tasks: the payloads and queries of `/tasks/{task_id}` (GET, PUT, PATCH, DELETE,
 * archive, unarchive, restore) and of `/tasks/bulk` (PATCH, DELETE) and its archive/unarchive/restore.
 */

/**
 * The fields of task.PartialUpdatePayload: absent = unchanged, null = cleared where the OpenAPI marks the
 * field x-nullable. The browser validates a single field against one of these before it sends anything.
 */
export const taskPatchFields = {
  name: nameText.optional(),
  allocation_unit: allocationUnitSchema.nullable().optional(),
  assignee_user_ids: idList(500).nullable().optional(),
  auto_log_time: z.boolean().nullable().optional(),
  billable: z.boolean().optional(),
  color: text(32).nullable().optional(),
  custom_fields: z.record(z.string().max(255), z.unknown()).nullable().optional(),
  description: notesText.nullable().optional(),
  start_date: calendarDate.nullable().optional(),
  end_date: calendarDate.nullable().optional(),
  estimate_type: estimateTypeSchema.optional(),
  estimated_mins: estimatedMins.nullable().optional(),
  notes: notesText.nullable().optional(),
  outbound_sync: z.boolean().optional(),
  parent_task_id: id.nullable().optional(),
  pinned: z.boolean().optional(),
  position: taskPosition.nullable().optional(),
  priority: taskPrioritySchema.optional(),
  priority_at: calendarDate.nullable().optional(),
  private: z.boolean().optional(),
  project_id: id.nullable().optional(),
  recurring_task_id: id.nullable().optional(),
  rrule: text(1000).nullable().optional(),
  status_id: id.optional(),
  tag_ids: idList(500).nullable().optional(),
  team_assignee_ids: idList(500).nullable().optional(),
};
export type TaskPatchField = keyof typeof taskPatchFields;

const ordered = <T extends { start_date?: string | null; end_date?: string | null }>(t: T) =>
  datesOrdered(t.start_date, t.end_date);

/** task.PartialUpdatePayload (PATCH /tasks/{task_id}). */
export const taskPatchSchema = z.object(taskPatchFields).refine(ordered, datesOrderedIssue);
export type TaskPatch = z.infer<typeof taskPatchSchema>;

/** task.PartialUpdatePayloadWithID: one item of PATCH /tasks/bulk. */
export const taskPatchItemSchema = z.object({ id, ...taskPatchFields }).refine(ordered, datesOrderedIssue);
export type TaskPatchItem = z.infer<typeof taskPatchItemSchema>;

export const MAX_TASK_BULK_PATCH = 500;

/** PATCH /tasks/bulk: bare array (or `{items}`), 1 to 500 items, each id once. */
export const taskBulkPatchSchema = bareOrItems(taskPatchItemSchema, { max: MAX_TASK_BULK_PATCH }).superRefine(
  noDuplicateIds,
);
export type TaskBulkPatch = z.infer<typeof taskBulkPatchSchema>;

/**
 * task.UpdatePayload (PUT /tasks/{task_id}): the whole task, `name` and `status_id` required. A field left
 * out goes back to its default; null only where the OpenAPI marks the field x-nullable.
 */
export const taskUpdateSchema = z
  .object({
    name: nameText,
    status_id: id,
    allocation_unit: allocationUnitSchema.nullable().optional(),
    assignee_user_ids: idList(500).nullable().optional(),
    auto_log_time: z.boolean().optional(),
    billable: z.boolean().optional(),
    color: text(32).optional(),
    custom_fields: z.record(z.string().max(255), z.unknown()).optional(),
    description: notesText.optional(),
    start_date: calendarDate.optional(),
    end_date: calendarDate.optional(),
    estimate_type: estimateTypeSchema.optional(),
    estimated_mins: estimatedMins.optional(),
    notes: notesText.optional(),
    outbound_sync: z.boolean().optional(),
    parent_task_id: id.optional(),
    pinned: z.boolean().optional(),
    position: taskPosition.nullable().optional(),
    priority: taskPrioritySchema.optional(),
    private: z.boolean().optional(),
    project_id: id.optional(),
    recurring_task_id: id.optional(),
    rrule: text(1000).nullable().optional(),
    tag_ids: idList(500).nullable().optional(),
    team_assignee_ids: idList(500).nullable().optional(),
  })
  .refine(ordered, datesOrderedIssue);
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;

export const MAX_TASK_BULK_STATE = 100;

/** task.BulkArchivePayload, task.BulkUnarchivePayload and task.BulkRestorePayload: 1 to 100 task ids. */
export const taskBulkStateSchema = z.object({
  task_ids: z
    .array(id)
    .min(1, { message: 'must list at least one task' })
    .max(MAX_TASK_BULK_STATE, { message: `must list at most ${MAX_TASK_BULK_STATE} tasks` }),
});
export type TaskBulkState = z.infer<typeof taskBulkStateSchema>;

/** Query of DELETE /tasks/bulk. */
export const taskBulkDeleteQuerySchema = z.object({
  ids: csvIdsRequired(MAX_TASK_BULK_PATCH),
  outbound_sync: queryBool.optional(),
});
export type TaskBulkDeleteQuery = z.infer<typeof taskBulkDeleteQuerySchema>;

/** Path of the single-task operations. */
export const taskParamsSchema = z.object({ task_id: idParam });

/** Query of GET /tasks/{task_id}. */
export const taskGetQuerySchema = z.object({ include_assignees: queryBool.optional() });

/**
 * `from_recurring_task_id` of PATCH, DELETE and archive: the instance of a recurring series from which on the
 * change applies. No recurring series exist locally, so it is checked and changes nothing.
 */
const fromRecurring = { from_recurring_task_id: idParam.optional() };
export const taskPatchQuerySchema = z.object(fromRecurring);
export const taskArchiveQuerySchema = z.object(fromRecurring);
export const taskDeleteQuerySchema = z.object({ ...fromRecurring, outbound_sync: queryBool.optional() });
