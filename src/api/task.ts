import { z } from 'zod';
import {
  bothWays,
  calendarDate,
  csvEnum,
  csvIds,
  csvIdsOrNone,
  csvStrings,
  datesOrdered,
  id,
  idList,
  idParam,
  MAX_ESTIMATE_MINS,
  nameText,
  orderByEnum,
  pageParams,
  pageWithTotalOf,
  queryBool,
  queryNonNegInt,
  queryText,
  rfc3339,
  text,
} from './common';
import { lenientList, openEnum } from './lenient';
import { projectLiteSchema } from './project';
import { clientLiteSchema, customFieldValueSchema, statusLiteSchema, tagLiteSchema } from './workspace';

const int = z.number().int();

const PRIORITIES = ['none', 'low', 'medium', 'high'] as const;
const SOURCES = ['plan', 'focus', 'google_calendar', 'outlook_calendar'] as const;
const STATES = ['timeblocked', 'not_timeblocked', 'tracked', 'not_tracked', 'active', 'done'] as const;

const ALLOCATION_UNITS = ['percent', 'flat'] as const;
const ESTIMATE_TYPES = ['daily', 'total'] as const;
const ASSIGNEE_TYPES = ['user', 'team'] as const;

// Strict, as the planner sends them and the local API checks them.
export const taskPrioritySchema = z.enum(PRIORITIES);
export type TaskPriority = z.infer<typeof taskPrioritySchema>;
export const allocationUnitSchema = z.enum(ALLOCATION_UNITS);
export const estimateTypeSchema = z.enum(ESTIMATE_TYPES);
export const taskSourceSchema = z.enum(SOURCES);
export const taskStateSchema = z.enum(STATES);

/** The same enums as answers carry them: a value a newer upstream added is kept (see openEnum). */
export const taskEnumsRead = {
  priority: openEnum(PRIORITIES),
  allocationUnit: openEnum(ALLOCATION_UNITS),
  estimateType: openEnum(ESTIMATE_TYPES),
};
/** A task's assignee: a user or a team (another type, from a newer upstream, is neither). */
export const assigneeSchema = z.object({ id: int, type: openEnum(ASSIGNEE_TYPES) });

/** models.Task. */
export const taskSchema = z.object({
  id: int,
  workspace_id: int,
  name: z.string(),
  allocation_unit: taskEnumsRead.allocationUnit,
  created_at: z.string(),
  estimate_type: taskEnumsRead.estimateType,
  is_template: z.boolean(),
  pinned: z.boolean(),
  position: int,
  priority: taskEnumsRead.priority,
  private: z.boolean(),
  // Free string upstream (not the query enum): new integrations must not break parsing.
  source: z.string(),
  status_id: int,
  tag_ids: z.array(int),
  tags: z.array(tagLiteSchema),
  toggl_user_id: int,
  archived_at: z.string().nullish(),
  assignee_user_ids: z.array(int).nullish(),
  assignees: z.array(assigneeSchema).nullish(),
  auto_log_time: z.boolean().nullish(),
  billable: z.boolean().nullish(),
  client: clientLiteSchema.nullish(),
  color: z.string().nullish(),
  custom_field_values: z.array(customFieldValueSchema).nullish(),
  deleted_at: z.string().nullish(),
  description: z.string().nullish(),
  // Calendar dates `YYYY-MM-DD`, kept as strings.
  start_date: z.string().nullish(),
  end_date: z.string().nullish(),
  estimated_mins: int.nullish(),
  notes: z.string().nullish(),
  parent_task_id: int.nullish(),
  parent_task_name: z.string().nullish(),
  priority_at: z.string().nullish(),
  project: projectLiteSchema.nullish(),
  project_id: int.nullish(),
  recurrence_date: z.string().nullish(),
  recurring_task_id: int.nullish(),
  rrule: z.string().nullish(),
  source_template_task_id: int.nullish(),
  status: statusLiteSchema.nullish(),
  status_updated_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type Task = z.infer<typeof taskSchema>;

/** task.TaskWithParentAndAggregations: an item of GET /tasks. */
export const taskWithAggregationsSchema = taskSchema.extend({
  parent: taskSchema.nullish(),
  sub_task_done_count: int,
  sub_task_total_count: int,
  time_block_completed_count: int,
  time_block_scheduled_completed_count: int,
  time_block_scheduled_total_count: int,
  time_block_total_count: int,
  time_entry_total_count: int,
  total_blocked_time: int,
  total_scheduled_blocked_time: int,
  total_tracked_time: int,
});
export type TaskWithAggregations = z.infer<typeof taskWithAggregationsSchema>;

export const taskPageSchema = pageWithTotalOf(taskWithAggregationsSchema, 'task');
export type TaskPage = z.infer<typeof taskPageSchema>;
export const tasksSchema = lenientList(taskSchema, 'task');

const taskOrderTerms = bothWays(
  'user_id',
  'project_id',
  'parent_task_id',
  'name',
  'estimated_mins',
  'priority',
  'priority_at',
  'start_date',
  'end_date',
  'status_id',
  'pinned',
  'created_at',
  'updated_at',
  'last_activity',
  'position',
  'timeblock_start',
  'timeblock_now_diff',
  'billable',
  'relevance',
  'tag_ids',
  'assignees',
  'sub_tasks_grouped',
);

/** Query of GET /tasks: every parameter of list-tasks in the OpenAPI, plus the reference page's extras. */
export const taskListQuerySchema = z.object({
  ...pageParams,
  with_entries: queryBool.optional(),
  pinned: queryBool.optional(),
  order_by: orderByEnum(taskOrderTerms).optional(),
  status_id: csvIds.optional(),
  toggl_user_id: idParam.optional(),
  name: queryText.optional(),
  has_time_entries: queryBool.optional(),
  has_time_blocks: queryBool.optional(),
  has_dates: queryBool.optional(),
  private: queryBool.optional(),
  archived: queryBool.optional(),
  include_project_completed: queryBool.optional(),
  include_drafts: queryBool.optional(),
  // Empty value (or an empty csv item) = "none": `project_id=` lists tasks without a project.
  project_id: csvIdsOrNone.optional(),
  parent_task_id: csvIdsOrNone.optional(),
  start_date: calendarDate.optional(),
  end_date: calendarDate.optional(),
  active_by_date: calendarDate.optional(),
  start_date_from: calendarDate.optional(),
  start_date_to: calendarDate.optional(),
  end_date_from: calendarDate.optional(),
  end_date_to: calendarDate.optional(),
  dates_overlap_start: calendarDate.optional(),
  dates_overlap_end: calendarDate.optional(),
  estimated_mins_min: queryNonNegInt.optional(),
  estimated_mins_max: queryNonNegInt.optional(),
  source: csvEnum(SOURCES).optional(),
  priority: csvEnum(PRIORITIES).optional(),
  is_priority: queryBool.optional(),
  state: csvEnum(STATES).optional(),
  timeblock_start_from: rfc3339.optional(),
  timeblock_start_until: rfc3339.optional(),
  time_block_id: csvIds.optional(),
  time_block_completed: queryBool.optional(),
  team_id: csvIdsOrNone.optional(),
  assignee_team_id: csvIds.optional(),
  assignee_user_id: csvIdsOrNone.optional(),
  tag_id: csvIdsOrNone.optional(),
  recurring: queryBool.optional(),
  recurring_task_ids: csvIds.optional(),
  client_id: csvIdsOrNone.optional(),
  include_rates: queryBool.optional(),
  include_assignees: queryBool.optional(),
  include_parent_matches: queryBool.optional(),
  disable_aggregations: queryBool.optional(),
  cf_filter: csvStrings.optional(),
  // Only on the reference page, not in the OpenAPI: accepted so old clients are not rejected.
  include_ghost_assignees: queryBool.optional(),
  assignee_ghost_id: csvIdsOrNone.optional(),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

export const datesOrderedIssue = { message: 'start_date must not be after end_date', path: ['end_date'] };
/** Notes and descriptions: long free text. */
export const notesText = text(100_000);
/** An estimate in minutes: never negative. */
export const estimatedMins = z.number().int().min(0).max(MAX_ESTIMATE_MINS);
/** Sort position inside a list: from 1, as task.PartialUpdatePayload declares (create also takes 0). */
export const taskPosition = z.number().int().min(1).max(1_000_000_000);

/** task.CreatePayload (POST /tasks and each item of POST /tasks/bulk). */
export const taskCreateSchema = z
  .object({
    name: nameText,
    allocation_unit: allocationUnitSchema.optional(),
    assignee_user_ids: idList(500).optional(),
    auto_log_time: z.boolean().optional(),
    billable: z.boolean().optional(),
    color: text(32).optional(),
    custom_fields: z.record(z.string().max(255), z.unknown()).optional(),
    description: notesText.optional(),
    // The payload does not mark them nullable, but null is read as "no date" (an undated task).
    start_date: calendarDate.nullish(),
    end_date: calendarDate.nullish(),
    estimate_type: estimateTypeSchema.optional(),
    estimated_mins: estimatedMins.optional(),
    integration_ext_id: id.optional(),
    integration_source: text(255).optional(),
    notes: notesText.optional(),
    parent_task_id: id.optional(),
    pinned: z.boolean().optional(),
    position: z.number().int().min(0).max(1_000_000_000).nullish(),
    priority: taskPrioritySchema.optional(),
    priority_at: calendarDate.optional(),
    private: z.boolean().optional(),
    project_id: id.optional(),
    rrule: text(1000).nullish(),
    status_id: id.optional(),
    tag_ids: idList(500).optional(),
    team_assignee_ids: idList(500).optional(),
  })
  .refine((t) => datesOrdered(t.start_date, t.end_date), datesOrderedIssue);
export type TaskCreate = z.infer<typeof taskCreateSchema>;

export const MAX_TASK_BULK_CREATE = 100;

/** task.BulkCreatePayload: `{tasks: [...]}`, 1 to 100 tasks. */
export const taskBulkCreateSchema = z.object({
  tasks: z
    .array(taskCreateSchema)
    .min(1, { message: 'must hold at least one task' })
    .max(MAX_TASK_BULK_CREATE, { message: `must hold at most ${MAX_TASK_BULK_CREATE} tasks` }),
});
export type TaskBulkCreate = z.infer<typeof taskBulkCreateSchema>;
