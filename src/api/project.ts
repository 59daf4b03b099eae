import { z } from 'zod';
import {
  bothWays,
  calendarDate,
  csvIds,
  csvStrings,
  datesOrdered,
  id,
  idList,
  MAX_ESTIMATE_MINS,
  nameText,
  orderByEnum,
  pageOf,
  pageParams,
  pageWithTotalOf,
  queryBool,
  queryBoolOrAny,
  queryText,
  text,
} from './common';
import { lenientList, openEnum } from './lenient';
import { clientLiteSchema, customFieldValueSchema, tagLiteSchema } from './workspace';

const int = z.number().int();

const COMPLETION_MODES = ['manual', 'automatic'] as const;
const ROLLOVER_MODES = ['expire', 'carry_all', 'carry_over'] as const;
/** As the planner sends them (strict); answers may carry values a newer upstream added (openEnum). */
export const completionModeSchema = z.enum(COMPLETION_MODES);
export const rolloverModeSchema = z.enum(ROLLOVER_MODES);

export const projectRateSummarySchema = z.object({
  billable: z.boolean(),
  currency: z.string(),
  end_at: z.string().nullish(),
  has_more_rates: z.boolean(),
  hourly_rate: z.number(),
  project_color: z.string(),
  project_created_at: z.string(),
  project_id: int,
  project_name: z.string(),
  project_rate_id: int.nullish(),
  start_at: z.string().nullish(),
  workspace_rate_id: int.nullish(),
});
export type ProjectRateSummary = z.infer<typeof projectRateSummarySchema>;

/** models.ProjectLite: the project as embedded in tasks and task-group entries. */
export const projectLiteSchema = z.object({
  id: int,
  name: z.string(),
  draft: z.boolean(),
  is_template: z.boolean(),
  permissions: z.array(z.string()),
  archived_at: z.string().nullish(),
  client: clientLiteSchema.nullish(),
  color: z.string().nullish(),
  custom_field_values: z.array(customFieldValueSchema).nullish(),
  private: z.boolean().nullish(),
  rate: projectRateSummarySchema.nullish(),
});
export type ProjectLite = z.infer<typeof projectLiteSchema>;

const fixedFeeSchema = z.object({ amount: z.number(), currency: z.string() });

export const projectSchema = z.object({
  id: int,
  workspace_id: int,
  name: z.string(),
  active: z.boolean(),
  auto_compute_estimates: z.boolean(),
  billable: z.boolean(),
  completion_mode: openEnum(COMPLETION_MODES),
  created_at: z.string(),
  draft: z.boolean(),
  is_template: z.boolean(),
  permissions: z.array(z.string()),
  pinned: z.boolean(),
  private: z.boolean(),
  rollover_mode: openEnum(ROLLOVER_MODES),
  tag_ids: z.array(int),
  tags: z.array(tagLiteSchema),
  toggl_user_id: int,
  archived_at: z.string().nullish(),
  client: clientLiteSchema.nullish(),
  client_id: int.nullish(),
  color: z.string().nullish(),
  completed_at: z.string().nullish(),
  custom_field_values: z.array(customFieldValueSchema).nullish(),
  deleted_at: z.string().nullish(),
  description: z.string().nullish(),
  end_date: z.string().nullish(),
  estimated_mins: int.nullish(),
  fixed_fee: fixedFeeSchema.nullish(),
  parent_project_id: int.nullish(),
  rate: projectRateSummarySchema.nullish(),
  recurring_project_id: int.nullish(),
  rrule: z.string().nullish(),
  source_template_id: int.nullish(),
  start_date: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type Project = z.infer<typeof projectSchema>;

export const projectWithAggregationsSchema = projectSchema.extend({
  task_estimated_mins: int,
  total_tracked_secs: int,
  total_tasks: int.nullish(),
  rollover_mins: int.nullish(),
  alert_status: z
    .object({
      has_active_alerts: z.boolean(),
      estimate_used_pct: z.number().nullish(),
      highest_triggered_threshold: int.nullish(),
    })
    .nullish(),
});
export type ProjectWithAggregations = z.infer<typeof projectWithAggregationsSchema>;

export const projectPageSchema = pageWithTotalOf(projectWithAggregationsSchema, 'project');
export type ProjectPage = z.infer<typeof projectPageSchema>;
/** Page of `/children` (no total). */
export const projectChildrenPageSchema = pageOf(projectWithAggregationsSchema, 'project');
/** Page of `/parents` (no total, no aggregations). */
export const projectParentsPageSchema = pageOf(projectSchema, 'project');

// As the OpenAPI enums them: `created_by_user` only ascending.
const projectOrderTerms = [
  ...bothWays(
    'name',
    'client_id',
    'client_name',
    'parent_project_id',
    'private',
    'active',
    'billable',
    'created_at',
    'updated_at',
    'toggl_user_id',
  ),
  'created_by_user',
  ...bothWays('pinned', 'relevance'),
] as const;

export const projectListQuerySchema = z.object({
  ...pageParams,
  order_by: orderByEnum(projectOrderTerms).optional(),
  pinned: queryBool.optional(),
  // Empty `archived=` lists archived and active projects alike (null).
  archived: queryBoolOrAny.optional(),
  // Empty `completed=` lists completed and open projects alike (null).
  completed: queryBoolOrAny.optional(),
  private: queryBool.optional(),
  name: queryText.optional(),
  client_id: csvIds.optional(),
  creator_id: csvIds.optional(),
  tag_id: csvIds.optional(),
  assignee_user_id: csvIds.optional(),
  project_id: csvIds.optional(),
  user_id: csvIds.optional(),
  only_me: queryBool.optional(),
  include_rates: queryBool.optional(),
  include_rollover: queryBool.optional(),
  include_idle_recurring_templates: queryBool.optional(),
  include_drafts: queryBool.optional(),
  include_locked_private: queryBool.optional(),
  start_date: calendarDate.optional(),
  end_date: calendarDate.optional(),
  date_overlap_start: calendarDate.optional(),
  date_overlap_end: calendarDate.optional(),
  cf_filter: csvStrings.optional(),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

const relativesOrder = bothWays(
  'name',
  'client_id',
  'parent_project_id',
  'private',
  'active',
  'billable',
  'created_at',
  'updated_at',
);
/** Query of `/children` and `/parents`. */
export const projectRelativesQuerySchema = z.object({
  ...pageParams,
  order_by: orderByEnum(relativesOrder).optional(),
});

const colorText = text(32);
const rruleText = text(1000);
const descriptionText = text(10_000);
const customFields = z.record(z.string().max(255), z.unknown());
const fixedFeePayload = z.object({
  amount: z.number().finite().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code' }),
});
const datesOrderedIssue = { message: 'start_date must not be after end_date', path: ['end_date'] };

const projectPayloadShape = {
  name: nameText,
  auto_compute_estimates: z.boolean().optional(),
  billable: z.boolean().optional(),
  client_id: id.optional(),
  color: colorText.optional(),
  completion_mode: completionModeSchema.optional(),
  custom_fields: customFields.optional(),
  description: descriptionText.optional(),
  draft: z.boolean().optional(),
  end_date: calendarDate.optional(),
  estimated_mins: z.number().int().min(0).max(MAX_ESTIMATE_MINS).optional(),
  fixed_fee: fixedFeePayload.optional(),
  is_template: z.boolean().optional(),
  parent_project_id: id.optional(),
  pinned: z.boolean().optional(),
  private: z.boolean().optional(),
  rollover_mode: rolloverModeSchema.optional(),
  rrule: rruleText.optional(),
  start_date: calendarDate.optional(),
  tag_ids: idList(500).optional(),
};

/** project.Payload: body of POST and PUT (PUT replaces the project). */
export const projectCreateSchema = z
  .object(projectPayloadShape)
  .refine((p) => datesOrdered(p.start_date, p.end_date), datesOrderedIssue);
export type ProjectCreate = z.infer<typeof projectCreateSchema>;
export const projectUpdateSchema = projectCreateSchema;
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;

/** project.PartialUpdatePayload: absent = unchanged, null = cleared (for the nullable fields). */
export const projectPatchSchema = z
  .object({
    name: nameText.optional(),
    auto_compute_estimates: z.boolean().optional(),
    billable: z.boolean().optional(),
    client_id: id.nullable().optional(),
    color: colorText.nullable().optional(),
    completion_mode: completionModeSchema.optional(),
    custom_fields: customFields.nullable().optional(),
    description: descriptionText.nullable().optional(),
    draft: z.boolean().optional(),
    end_date: calendarDate.nullable().optional(),
    estimated_mins: z.number().int().min(0).max(MAX_ESTIMATE_MINS).nullable().optional(),
    fixed_fee: fixedFeePayload.nullable().optional(),
    parent_project_id: id.nullable().optional(),
    pinned: z.boolean().optional(),
    private: z.boolean().optional(),
    rollover_mode: rolloverModeSchema.optional(),
    rrule: rruleText.nullable().optional(),
    start_date: calendarDate.nullable().optional(),
    tag_ids: idList(500).optional(),
  })
  // Only checkable when both ends are in the patch; the server checks against the stored dates.
  .refine((p) => datesOrdered(p.start_date, p.end_date), datesOrderedIssue);
export type ProjectPatch = z.infer<typeof projectPatchSchema>;

export const projectMembersSchema = z.object({
  project_id: int,
  user_ids: lenientList(z.object({ user_id: int, manager: z.boolean() }), 'member'),
  group_ids: lenientList(z.object({ group_id: int, manager: z.boolean().nullish() }), 'member group'),
});
export type ProjectMembers = z.infer<typeof projectMembersSchema>;
export const projectMembersBatchSchema = lenientList(projectMembersSchema, 'project');

/** Query of GET `/projects/members?ids=1,2`. */
export const projectMembersBatchQuerySchema = z.object({
  ids: csvIds.pipe(z.array(z.number()).min(1, { message: 'must list at least one id' }).max(100)),
});

/** POST `/members`: at least one user or group gets the role. */
export const projectMembersAddSchema = z
  .object({ role_id: id, user_ids: idList(500).optional(), group_ids: idList(500).optional() })
  .refine((b) => (b.user_ids?.length ?? 0) + (b.group_ids?.length ?? 0) > 0, {
    message: 'must name at least one user or group',
  });
export type ProjectMembersAdd = z.infer<typeof projectMembersAddSchema>;

const exactlyOneMember = (b: { user_id?: number; group_id?: number }) =>
  (b.user_id === undefined) !== (b.group_id === undefined);
const exactlyOneIssue = { message: 'must name exactly one of user_id or group_id' };

/** PUT `/members`: the role of one user or one group. */
export const projectMemberRoleSchema = z
  .object({ role_id: id, user_id: id.optional(), group_id: id.optional() })
  .refine(exactlyOneMember, exactlyOneIssue);
export type ProjectMemberRole = z.infer<typeof projectMemberRoleSchema>;

/** DELETE `/members`: one user or one group. */
export const projectMemberRemoveSchema = z
  .object({ user_id: id.optional(), group_id: id.optional() })
  .refine(exactlyOneMember, exactlyOneIssue);
export type ProjectMemberRemove = z.infer<typeof projectMemberRemoveSchema>;

const roleEntity = openEnum(['organization', 'workspace', 'project', 'group']);

/** types.Role of GET `/organizations/{org}/roles`. */
export const roleSchema = z.object({
  role_id: int,
  organization_id: int,
  code: z.string(),
  name: z.string(),
  description: z.string(),
  entity: roleEntity,
  type: openEnum(['owner', 'admin', 'manager', 'guest']),
  privilege_level: int,
  require_group: z.boolean(),
  // Upstream documents null when the role is no level's default.
  default_for_levels: z.array(z.string()).nullable(),
  permissions: z.array(
    z.object({
      permission_id: int,
      category_id: int,
      category_name: z.string(),
      condition: z.string(),
      description: z.string(),
      entity: roleEntity,
      name: z.string(),
    }),
  ),
});
export type Role = z.infer<typeof roleSchema>;
export const rolesSchema = lenientList(roleSchema, 'role');
