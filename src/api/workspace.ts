import { z } from 'zod';
import {
  bothWays,
  csvIds,
  nameText,
  orderByEnum,
  pageOf,
  pageParams,
  pageWithTotalOf,
  queryText,
  text,
} from './common';
import { openEnum } from './lenient';

// Workspace-level lookups of Focus: statuses, tags, clients (and the "lite" shapes embedded in tasks/projects).

const int = z.number().int();

const STATUS_TYPES = ['todo', 'in_progress', 'done', 'blocked'] as const;
/** A status type as a filter takes it (strict). */
export const statusTypeSchema = z.enum(STATUS_TYPES);
export type StatusType = z.infer<typeof statusTypeSchema>;
/** A status type as the upstream answers it (a newer upstream may add types: they count as none of these). */
const statusTypeOpen = openEnum(STATUS_TYPES);

export const statusSchema = z.object({
  id: int,
  workspace_id: int,
  name: z.string(),
  type: statusTypeOpen,
  position: int,
  emoji: z.string().nullish(),
  created_at: z.string(),
  updated_at: z.string(),
  deleted_at: z.string().nullish(),
});
export type Status = z.infer<typeof statusSchema>;

export const statusLiteSchema = z.object({
  id: int,
  name: z.string(),
  type: statusTypeOpen,
  emoji: z.string().nullish(),
});
export type StatusLite = z.infer<typeof statusLiteSchema>;

export const statusPageSchema = pageOf(statusSchema, 'status');
export type StatusPage = z.infer<typeof statusPageSchema>;

export const statusListQuerySchema = z.object({
  name: queryText.optional(),
  type: statusTypeSchema.optional(),
  order_by: orderByEnum(bothWays('name', 'workspace_id', 'created_at', 'updated_at', 'position')).optional(),
  ...pageParams,
});
export type StatusListQuery = z.infer<typeof statusListQuerySchema>;

export const statusCreateSchema = z.object({
  name: nameText,
  emoji: text(32),
  position: z.number().int().min(1).max(10_000),
});
export type StatusCreate = z.infer<typeof statusCreateSchema>;

export const tagSchema = z.object({
  id: int,
  workspace_id: int,
  name: z.string(),
  color: z.string().nullish(),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  deleted_at: z.string().nullish(),
});
export type Tag = z.infer<typeof tagSchema>;

export const tagLiteSchema = z.object({ id: int, name: z.string(), color: z.string().nullish() });
export type TagLite = z.infer<typeof tagLiteSchema>;

export const tagPageSchema = pageWithTotalOf(tagSchema, 'tag');
export type TagPage = z.infer<typeof tagPageSchema>;

export const tagListQuerySchema = z.object({
  name: queryText.optional(),
  tag_id: csvIds.optional(),
  order_by: orderByEnum(bothWays('name')).optional(),
  ...pageParams,
});
export type TagListQuery = z.infer<typeof tagListQuerySchema>;

export const tagCreateSchema = z.object({ name: nameText, color: text(32) });
export type TagCreate = z.infer<typeof tagCreateSchema>;

export const clientSchema = z.object({
  id: int,
  workspace_id: int,
  name: z.string(),
  active: z.boolean(),
  currency: z.string().nullish(),
  toggl_user_id: int.nullish(),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  deleted_at: z.string().nullish(),
});
export type Client = z.infer<typeof clientSchema>;

export const clientLiteSchema = z.object({ id: int, name: z.string() });
export type ClientLite = z.infer<typeof clientLiteSchema>;

export const clientPageSchema = pageOf(clientSchema, 'client');
export type ClientPage = z.infer<typeof clientPageSchema>;

export const clientListQuerySchema = z.object({
  name: queryText.optional(),
  order_by: orderByEnum(bothWays('name', 'active', 'created_at', 'updated_at')).optional(),
  ...pageParams,
});
export type ClientListQuery = z.infer<typeof clientListQuerySchema>;

export const clientCreateSchema = z.object({
  name: nameText,
  // ISO 4217; null or absent leaves the client without a display currency.
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code' })
    .nullish(),
});
export type ClientCreate = z.infer<typeof clientCreateSchema>;

/** Custom-field value embedded in tasks and projects (read only for the planner). */
export const customFieldValueSchema = z.object({
  custom_field_id: int,
  custom_field_name: z.string(),
  field_type: z.string(),
  selected_options: z
    .array(z.object({ is_deleted: z.boolean(), option_id: int, option_name: z.string() }))
    .nullish(),
  value: z.unknown(),
});
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;
