import { z } from 'zod';
import { csvIdsRequired, id, idList, queryText } from './common';
import { lenientList } from './lenient';

// Track v9 groups: organization groups (users + workspaces) and the groups given access to projects.
// Track marks no field as required: every response field may be absent. The ids a record is used by are
// required here all the same: a list skips (and counts) a record without them.

const int = z.number().int();

export const organizationGroupUserSchema = z.object({
  user_id: int.nullish(),
  name: z.string().nullish(),
  avatar_url: z.string().nullish(),
  inactive: z.boolean().nullish(),
  joined: z.boolean().nullish(),
});
export type OrganizationGroupUser = z.infer<typeof organizationGroupUserSchema>;

/** group.OrganizationGroupResponse (also the item of the workspace groups list). */
export const organizationGroupSchema = z.object({
  group_id: int,
  name: z.string().nullish(),
  at: z.string().nullish(),
  permissions: z.array(z.string()).nullish(),
  users: z.array(organizationGroupUserSchema).nullish(),
  workspaces: z.array(int).nullish(),
});
export type OrganizationGroup = z.infer<typeof organizationGroupSchema>;
export const organizationGroupsSchema = lenientList(organizationGroupSchema, 'group');
/** GET `/organizations/{org}/workspaces/{ws}/groups`. */
export const workspaceGroupsSchema = organizationGroupsSchema;

/** Query of GET `/organizations/{org}/groups`. */
export const organizationGroupsQuerySchema = z.object({
  name: queryText.optional(),
  // Track takes a workspace id here as a plain string.
  workspace: z
    .string()
    .regex(/^\d{1,16}$/)
    .optional(),
});
export type OrganizationGroupsQuery = z.infer<typeof organizationGroupsQuerySchema>;

/** group.Payload: POST (create) and PUT (replace) of a group. */
export const GROUP_NAME_MAX = 200;
/** The upstream's exact texts: Track answers them as plain-text 400 bodies. */
export const GROUP_NAME_MISSING = 'Group name must be present';
export const GROUP_NAME_TOO_LONG = `Group name too long, maximum length is ${GROUP_NAME_MAX}`;

export const groupPayloadSchema = z.object({
  name: z
    .string({ message: GROUP_NAME_MISSING })
    .refine((s) => s.trim().length > 0, { message: GROUP_NAME_MISSING })
    .refine((s) => s.length <= GROUP_NAME_MAX, { message: GROUP_NAME_TOO_LONG }),
  users: idList(1000).optional(),
  workspaces: idList(1000).optional(),
});
export type GroupPayload = z.infer<typeof groupPayloadSchema>;

export const MAX_GROUP_PATCHES = 100;
export const MAX_GROUP_PATCH_VALUES = 100;

/** groups.PatchInput: add or remove users or workspaces. */
export const groupPatchInputSchema = z.object({
  op: z.enum(['add', 'remove']),
  path: z.enum(['/users', '/workspaces']),
  value: z
    .array(id)
    .min(1, { message: 'must hold at least one id' })
    .max(MAX_GROUP_PATCH_VALUES, { message: `must hold at most ${MAX_GROUP_PATCH_VALUES} values` }),
});
export type GroupPatchInput = z.infer<typeof groupPatchInputSchema>;

/** PATCH body: a bare array of patches (applied one by one upstream). */
export const groupPatchBodySchema = z
  .array(groupPatchInputSchema)
  .min(1, { message: 'must hold at least one patch' })
  .max(MAX_GROUP_PATCHES, { message: `must hold at most ${MAX_GROUP_PATCHES} patches` });
export type GroupPatchBody = z.infer<typeof groupPatchBodySchema>;

// The output echoes patches as given, so it is parsed loosely (no enums).
const patchEchoSchema = z.object({
  op: z.string().nullish(),
  path: z.string().nullish(),
  value: z.array(int).nullish(),
});

/** groups.PatchOutput. */
export const groupPatchOutputSchema = z.object({
  success: z.array(patchEchoSchema).nullish(),
  failure: z.array(z.object({ message: z.string().nullish(), patch: patchEchoSchema.nullish() })).nullish(),
});
export type GroupPatchOutput = z.infer<typeof groupPatchOutputSchema>;

/** models.ProjectGroup of Track: a group given access to project `pid`. */
export const projectGroupSchema = z.object({
  id: int,
  group_id: int,
  pid: int,
  wid: int.nullish(),
});
export type ProjectGroup = z.infer<typeof projectGroupSchema>;
export const projectGroupsSchema = lenientList(projectGroupSchema, 'project group');

/** Query of GET `/workspaces/{ws}/project_groups?project_ids=1,2` (required). */
export const projectGroupsQuerySchema = z.object({ project_ids: csvIdsRequired(200) });
export type ProjectGroupsQuery = z.infer<typeof projectGroupsQuerySchema>;

/** group.ProjectGroupPayload of POST `/workspaces/{ws}/project_groups`. */
export const projectGroupCreateSchema = z.object({ group_id: id, project_id: id });
export type ProjectGroupCreate = z.infer<typeof projectGroupCreateSchema>;
