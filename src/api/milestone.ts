import { z } from 'zod';
import {
  bothWays,
  calendarDate,
  csvIdsOrNone,
  idList,
  nameText,
  orderByEnum,
  pageOf,
  pageParams,
  rfc3339,
  text,
} from './common';

const int = z.number().int();

/** models.Milestone. */
export const milestoneSchema = z.object({
  id: int,
  workspace_id: int,
  name: z.string(),
  color: z.string(),
  // A calendar date `YYYY-MM-DD`, kept as a string.
  due_date: z.string(),
  created_at: z.string(),
  project_ids: z.array(int).nullish(),
  team_ids: z.array(int).nullish(),
  completed_at: z.string().nullish(),
  deleted_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type Milestone = z.infer<typeof milestoneSchema>;
export const milestonePageSchema = pageOf(milestoneSchema, 'milestone');

const colorText = text(32, 1);

/** milestone.Payload: POST, and PUT (which replaces the milestone: absent optional fields are cleared). */
export const milestonePayloadSchema = z.object({
  name: nameText,
  color: colorText,
  due_date: calendarDate,
  completed_at: rfc3339.optional(),
  project_ids: idList(100).optional(),
  team_ids: idList(100).optional(),
});
export type MilestonePayload = z.infer<typeof milestonePayloadSchema>;

/** milestone.PartialUpdatePayload: absent = unchanged; `color` and `completed_at` may be null. */
export const milestonePatchSchema = z.object({
  name: nameText.optional(),
  color: colorText.nullable().optional(),
  due_date: calendarDate.optional(),
  completed_at: rfc3339.nullable().optional(),
  project_ids: idList(100).optional(),
  team_ids: idList(100).optional(),
});
export type MilestonePatch = z.infer<typeof milestonePatchSchema>;

const MILESTONE_ORDER = bothWays('name', 'due_date', 'completed_at', 'created_at', 'updated_at');

/** Query of GET `/workspaces/{ws}/milestones`; an empty `project_id`/`team_id` item means "none". */
export const milestoneListQuerySchema = z
  .object({
    ...pageParams,
    order_by: orderByEnum(MILESTONE_ORDER).optional(),
    due_date_from: calendarDate.optional(),
    due_date_to: calendarDate.optional(),
    project_id: csvIdsOrNone.optional(),
    team_id: csvIdsOrNone.optional(),
  })
  .refine((q) => !q.due_date_from || !q.due_date_to || q.due_date_from <= q.due_date_to, {
    message: 'due_date_from must not be after due_date_to',
    path: ['due_date_to'],
  });
export type MilestoneListQuery = z.infer<typeof milestoneListQuerySchema>;
