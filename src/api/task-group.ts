import { z } from 'zod';
import {
  bareOrItems,
  bothWays,
  calendarDate,
  csvEnum,
  csvIds,
  csvIdsOrNone,
  csvStrings,
  datesOrdered,
  id,
  orderByEnum,
  pageOf,
  pageParams,
  queryBool,
  queryNonNegInt,
  queryText,
} from './common';
import { lenientList, openEnum } from './lenient';
import { projectLiteSchema } from './project';
import { assigneeSchema, taskEnumsRead, taskPrioritySchema } from './task';
import { clientLiteSchema } from './workspace';

const int = z.number().int();

const GROUPINGS = ['users', 'projects', 'tags'] as const;
export const taskGroupTypeSchema = z.enum(GROUPINGS);
export type TaskGroupType = z.infer<typeof taskGroupTypeSchema>;

/** models.EnrichedTaskGroupEntry: one task bar of the timeline. */
export const taskGroupEntrySchema = z.object({
  id: int,
  // Null when `masked` (a private project the user cannot see).
  name: z.string().nullable(),
  allocation_unit: taskEnumsRead.allocationUnit,
  estimate_type: taskEnumsRead.estimateType,
  private: z.boolean(),
  source: z.string(),
  status_id: int,
  // Calendar dates `YYYY-MM-DD`, kept as strings: empty (Go's zero value) or any other text is an undated task.
  start_date: z.string(),
  end_date: z.string(),
  weight: int.nullish(),
  masked: z.boolean().nullish(),
  assignee_user_ids: z.array(int).nullish(),
  // Only on the reference page (include_ghosts).
  assignee_ghost_ids: z.array(int).nullish(),
  assignees: z.array(assigneeSchema).nullish(),
  client: clientLiteSchema.nullish(),
  color: z.string().nullish(),
  created_at: z.string().nullish(),
  estimated_mins: int.nullish(),
  parent_task: z.object({ id: int, name: z.string().nullish() }).nullish(),
  period_start: z.string().nullish(),
  period_end: z.string().nullish(),
  project: projectLiteSchema.nullish(),
  project_id: int.nullish(),
  projection_revision: z.string().nullish(),
  source_template_task_id: int.nullish(),
  template_project_id: int.nullish(),
  virtual: z.boolean().nullish(),
});
export type TaskGroupEntry = z.infer<typeof taskGroupEntrySchema>;

/** models.TaskGroup. */
export const taskGroupSchema = z.object({
  id: int,
  // Null for `users`: the client resolves the name from the organization's users.
  name: z.string().nullable(),
  type: openEnum(GROUPINGS),
  tasks: lenientList(taskGroupEntrySchema, 'task'),
});
export type TaskGroup = z.infer<typeof taskGroupSchema>;

export const taskGroupPageSchema = pageOf(taskGroupSchema, 'timeline row');
export type TaskGroupPage = z.infer<typeof taskGroupPageSchema>;

/** Query of GET /tasks/groups/{group}: the OpenAPI parameters plus the reference page's `include_ghosts`. */
export const taskGroupsQuerySchema = z.object({
  source: csvEnum(['plan', 'focus', 'google_calendar', 'outlook_calendar']).optional(),
  priority: taskPrioritySchema.optional(),
  status_id: csvIds.optional(),
  // Empty value (or empty csv item) = "none", as on GET /tasks.
  project_id: csvIdsOrNone.optional(),
  client_id: csvIdsOrNone.optional(),
  assignee_user_id: csvIdsOrNone.optional(),
  tag_id: csvIdsOrNone.optional(),
  team_id: csvIdsOrNone.optional(),
  user_tag_id: csvIds.optional(),
  group_id: csvIds.optional(),
  creator_id: csvIds.optional(),
  name: queryText.optional(),
  start_date: calendarDate.optional(),
  end_date: calendarDate.optional(),
  // Legacy range filters: the page says to use start_date/end_date instead.
  start_date_from: calendarDate.optional(),
  start_date_to: calendarDate.optional(),
  end_date_from: calendarDate.optional(),
  end_date_to: calendarDate.optional(),
  private: queryBool.optional(),
  exclude_empty: queryBool.optional(),
  include_unassigned: queryBool.optional(),
  include_unmaterialized: queryBool.optional(),
  include_assignees: queryBool.optional(),
  include_ghosts: queryBool.optional(),
  min_days: queryNonNegInt.optional(),
  include_drafts: queryBool.optional(),
  cf_filter: csvStrings.optional(),
  ...pageParams,
  order_by: orderByEnum(bothWays('group_name')).optional(),
});
export type TaskGroupsQuery = z.infer<typeof taskGroupsQuerySchema>;

export const MAX_TASK_GROUP_PATCH = 500;

/** A group id of a PATCH item: a positive entity id, or 0 for the none-group. */
const groupRef = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** taskgroup.UpdateTaskGroupEntryParams: move (or reorder inside a group) or remove one task. */
export const taskGroupPatchItemSchema = z
  .object({
    id,
    op: z.enum(['move', 'remove']),
    // 0 is the "no user / no project / no tag" group, as GET answers it.
    source_group_id: groupRef.nullable().optional(),
    // Required by the OpenAPI; null on `users` clears the assignees.
    target_group_id: groupRef.nullable(),
    weight: z.number().int().min(0).max(1_000_000),
    start_date: calendarDate.optional(),
    end_date: calendarDate.optional(),
  })
  .refine((p) => datesOrdered(p.start_date, p.end_date), {
    message: 'start_date must not be after end_date',
    path: ['end_date'],
  });
export type TaskGroupPatchItem = z.infer<typeof taskGroupPatchItemSchema>;

/** PATCH body: bare array (upstream) or `{items: [...]}` (reference page), normalised to the array. */
export const taskGroupPatchBodySchema = bareOrItems(taskGroupPatchItemSchema, { max: MAX_TASK_GROUP_PATCH });
export type TaskGroupPatchBody = z.infer<typeof taskGroupPatchBodySchema>;
