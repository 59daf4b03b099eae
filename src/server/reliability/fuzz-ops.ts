import type { z } from 'zod';
import {
  groupPatchBodySchema,
  groupPayloadSchema,
  organizationGroupsQuerySchema,
  projectGroupCreateSchema,
  projectGroupsQuerySchema,
} from '@/api/group';
import {
  projectCreateSchema,
  projectListQuerySchema,
  projectMemberRemoveSchema,
  projectMemberRoleSchema,
  projectMembersAddSchema,
  projectMembersBatchQuerySchema,
  projectPatchSchema,
  projectRelativesQuerySchema,
} from '@/api/project';
import { capacityQuerySchema } from '@/api/capacity';
import { milestoneListQuerySchema, milestonePatchSchema, milestonePayloadSchema } from '@/api/milestone';
import { taskGroupPatchBodySchema, taskGroupsQuerySchema } from '@/api/task-group';
import {
  timeOffCreateSchema,
  timeOffDeleteSchema,
  timeOffUpdateSchema,
  timeOffUserQuerySchema,
  usersWindowQuerySchema,
} from '@/api/time-off';
import { taskBulkCreateSchema, taskCreateSchema, taskListQuerySchema } from '@/api/task';
import {
  taskArchiveQuerySchema,
  taskBulkDeleteQuerySchema,
  taskBulkPatchSchema,
  taskBulkStateSchema,
  taskDeleteQuerySchema,
  taskGetQuerySchema,
  taskPatchQuerySchema,
  taskPatchSchema,
  taskUpdateSchema,
} from '@/api/task-edit';
import {
  timeBlockBulkCreateSchema,
  timeBlockBulkDeleteQuerySchema,
  timeBlockBulkPatchSchema,
  timeBlockCreateSchema,
  timeBlockDeleteQuerySchema,
  timeBlockPatchSchema,
  timeBlockRangeQuerySchema,
  timeBlockStreamQuerySchema,
  timeBlockTaskListQuerySchema,
} from '@/api/time-block';
import {
  organizationUsersQuerySchema,
  trackMeQuerySchema,
  trackOrgUsersQuerySchema,
  userSettingsUpdateSchema,
  workspaceUsersQuerySchema,
} from '@/api/user';
import {
  workingHoursCreateSchema,
  workingHoursDeleteSchema,
  workingHoursUpdateSchema,
} from '@/api/working-hours';
import {
  clientCreateSchema,
  clientListQuerySchema,
  statusCreateSchema,
  statusListQuerySchema,
  tagCreateSchema,
  tagListQuerySchema,
} from '@/api/workspace';

/** One local API operation: the Fastify route plus the contract schemas its query and body follow. */
export interface FuzzOp {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify route template, e.g. `/api/organizations/:organization_id/users`. */
  route: string;
  query?: z.ZodType;
  body?: z.ZodType;
}

const WS = '/api/organizations/:organization_id/workspaces/:workspace_id';
const TASK = `${WS}/tasks/:task_id`;
const BLOCK = `${TASK}/time-blocks/:time_block_id`;
const PROJECT = `${WS}/projects/:project_id`;
const GROUP = '/api/v9/organizations/:organization_id/groups';
const ORG = '/api/organizations/:organization_id';
const HOURS = `${ORG}/workinghours/users/:user_id`;
const TIME_OFF = `${ORG}/timeoff/users/:user_id`;
const MILESTONES = '/api/workspaces/:workspace_id/milestones';
const MILESTONE = `${MILESTONES}/:milestone_id`;

const op = (
  method: FuzzOp['method'],
  route: string,
  schemas: Omit<FuzzOp, 'method' | 'route'> = {},
): FuzzOp => ({ method, route, ...schemas });

/**
 * Every route of the local API (the 45 of the reference pages, task editing and the supporting ones). The fuzz
 * test fails when a registered route is missing here, so a new endpoint cannot escape the fuzzer.
 */
export const FUZZ_OPS: FuzzOp[] = [
  // Supporting Focus endpoints
  op('GET', '/api/users/me/settings'),
  op('PATCH', '/api/users/me/settings', { body: userSettingsUpdateSchema }),
  op('GET', '/api/organizations/:organization_id/users', { query: organizationUsersQuerySchema }),
  op('GET', '/api/organizations/:organization_id/roles'),
  op('GET', '/api/workspaces/:workspace_id/statuses', { query: statusListQuerySchema }),
  op('GET', '/api/workspaces/:workspace_id/tags', { query: tagListQuerySchema }),
  op('GET', '/api/workspaces/:workspace_id/clients', { query: clientListQuerySchema }),
  op('POST', '/api/workspaces/:workspace_id/statuses', { body: statusCreateSchema }),
  op('POST', '/api/workspaces/:workspace_id/tags', { body: tagCreateSchema }),
  op('POST', '/api/workspaces/:workspace_id/clients', { body: clientCreateSchema }),
  // Tasks and task groups
  op('GET', `${WS}/tasks`, { query: taskListQuerySchema }),
  op('POST', `${WS}/tasks`, { body: taskCreateSchema }),
  op('POST', `${WS}/tasks/bulk`, { body: taskBulkCreateSchema }),
  op('GET', `${WS}/tasks/groups/:group`, { query: taskGroupsQuerySchema }),
  op('PATCH', `${WS}/tasks/groups/:group`, { body: taskGroupPatchBodySchema }),
  // Task editing
  op('GET', TASK, { query: taskGetQuerySchema }),
  op('PUT', TASK, { body: taskUpdateSchema }),
  op('PATCH', TASK, { query: taskPatchQuerySchema, body: taskPatchSchema }),
  op('DELETE', TASK, { query: taskDeleteQuerySchema }),
  op('POST', `${TASK}/archive`, { query: taskArchiveQuerySchema }),
  op('POST', `${TASK}/unarchive`),
  op('PATCH', `${TASK}/restore`),
  op('PATCH', `${WS}/tasks/bulk`, { body: taskBulkPatchSchema }),
  op('DELETE', `${WS}/tasks/bulk`, { query: taskBulkDeleteQuerySchema }),
  op('POST', `${WS}/tasks/bulk/archive`, { body: taskBulkStateSchema }),
  op('POST', `${WS}/tasks/bulk/unarchive`, { body: taskBulkStateSchema }),
  op('PATCH', `${WS}/tasks/bulk/restore`, { body: taskBulkStateSchema }),
  // Time blocks
  op('GET', `${WS}/tasks/:task_id/time-blocks`, { query: timeBlockTaskListQuerySchema }),
  op('POST', `${WS}/tasks/:task_id/time-blocks`, { body: timeBlockCreateSchema }),
  op('GET', BLOCK),
  op('PUT', BLOCK, { body: timeBlockCreateSchema }),
  op('PATCH', BLOCK, { body: timeBlockPatchSchema }),
  op('DELETE', BLOCK, { query: timeBlockDeleteQuerySchema }),
  op('POST', `${BLOCK}/archive`),
  op('POST', `${BLOCK}/unarchive`),
  op('PATCH', `${BLOCK}/restore`),
  op('GET', `${WS}/time-blocks`, { query: timeBlockRangeQuerySchema }),
  op('GET', `${WS}/time-blocks/stream`, { query: timeBlockStreamQuerySchema }),
  op('POST', `${WS}/time-blocks/bulk`, { body: timeBlockBulkCreateSchema }),
  op('PATCH', `${WS}/time-blocks/bulk`, { body: timeBlockBulkPatchSchema }),
  op('DELETE', `${WS}/time-blocks/bulk`, { query: timeBlockBulkDeleteQuerySchema }),
  // Projects and members
  op('GET', `${WS}/projects`, { query: projectListQuerySchema }),
  op('POST', `${WS}/projects`, { body: projectCreateSchema }),
  op('GET', PROJECT),
  op('PUT', PROJECT, { body: projectCreateSchema }),
  op('PATCH', PROJECT, { body: projectPatchSchema }),
  op('DELETE', PROJECT),
  op('PATCH', `${PROJECT}/archive`),
  op('PATCH', `${PROJECT}/unarchive`),
  op('PATCH', `${PROJECT}/restore`),
  op('POST', `${PROJECT}/pinned`),
  op('DELETE', `${PROJECT}/pinned`),
  op('GET', `${PROJECT}/children`, { query: projectRelativesQuerySchema }),
  op('GET', `${PROJECT}/parents`, { query: projectRelativesQuerySchema }),
  op('GET', `${WS}/projects/members`, { query: projectMembersBatchQuerySchema }),
  op('GET', `${PROJECT}/members`),
  op('POST', `${PROJECT}/members`, { body: projectMembersAddSchema }),
  op('PUT', `${PROJECT}/members`, { body: projectMemberRoleSchema }),
  op('DELETE', `${PROJECT}/members`, { body: projectMemberRemoveSchema }),
  // Planning: working hours, time off, holidays, capacities, milestones
  op('GET', HOURS),
  op('POST', HOURS, { body: workingHoursCreateSchema }),
  op('PUT', HOURS, { body: workingHoursUpdateSchema }),
  op('DELETE', HOURS, { body: workingHoursDeleteSchema }),
  op('GET', `${ORG}/timeoff`, { query: usersWindowQuerySchema }),
  op('GET', TIME_OFF, { query: timeOffUserQuerySchema }),
  op('POST', TIME_OFF, { body: timeOffCreateSchema }),
  op('PUT', TIME_OFF, { body: timeOffUpdateSchema }),
  op('DELETE', TIME_OFF, { body: timeOffDeleteSchema }),
  op('GET', `${ORG}/public-holidays`, { query: usersWindowQuerySchema }),
  op('GET', `${WS}/capacities/:group`, { query: capacityQuerySchema }),
  op('GET', MILESTONES, { query: milestoneListQuerySchema }),
  op('POST', MILESTONES, { body: milestonePayloadSchema }),
  op('GET', MILESTONE),
  op('PUT', MILESTONE, { body: milestonePayloadSchema }),
  op('PATCH', MILESTONE, { body: milestonePatchSchema }),
  op('DELETE', MILESTONE),
  op('PATCH', `${MILESTONE}/restore`),
  // Track v9
  op('GET', '/api/v9/me', { query: trackMeQuerySchema }),
  op('GET', '/api/v9/me/workspaces'),
  op('GET', '/api/v9/me/organizations'),
  op('GET', '/api/v9/me/quota'),
  op('GET', '/api/v9/organizations/:organization_id/users', { query: trackOrgUsersQuerySchema }),
  op('GET', '/api/v9/workspaces/:workspace_id/users', { query: workspaceUsersQuerySchema }),
  op('GET', GROUP, { query: organizationGroupsQuerySchema }),
  op('POST', GROUP, { body: groupPayloadSchema }),
  op('PUT', `${GROUP}/:group_id`, { body: groupPayloadSchema }),
  op('DELETE', `${GROUP}/:group_id`),
  op('PATCH', `${GROUP}/:group_id`, { body: groupPatchBodySchema }),
  op('GET', '/api/v9/organizations/:organization_id/workspaces/:workspace_id/groups'),
  op('GET', '/api/v9/workspaces/:workspace_id/project_groups', { query: projectGroupsQuerySchema }),
  op('POST', '/api/v9/workspaces/:workspace_id/project_groups', { body: projectGroupCreateSchema }),
  op('DELETE', '/api/v9/workspaces/:workspace_id/project_groups/:project_group_id'),
];

export const opKey = (o: { method: string; route: string }) => `${o.method} ${o.route}`;
