import {
  groupPatchInputSchema,
  MAX_GROUP_PATCHES,
  type GroupPatchInput,
  type GroupPatchOutput,
} from '@/api/group';
import type { Db } from '../db/open';
import { badRequest } from '../errors';
import { userNotInOrg, usersOutsideOrg, workspaceNotInOrg, workspacesOutsideOrg } from './group-write';
import { INVALID_JSON } from './track-json';

/**
 * Checks the whole PATCH body before anything is applied: a malformed patch fails the request with
 * Track's plain-text message instead of being reported per patch.
 */
export function parseGroupPatches(body: unknown): GroupPatchInput[] {
  if (!Array.isArray(body)) throw badRequest(INVALID_JSON);
  if (body.length > MAX_GROUP_PATCHES) throw badRequest('Too many patches');
  if (body.length === 0) throw badRequest('Empty or invalid patch operation');
  return body.map((item) => {
    const result = groupPatchInputSchema.safeParse(item);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    if (issue.path[0] === 'op') throw badRequest('Empty or invalid patch operation');
    if (issue.path[0] === 'path') throw badRequest('Empty or invalid patch path');
    if (issue.path[0] === 'value' && issue.path.length === 1) {
      if (issue.code === 'too_small') throw badRequest('Value not present');
      if (issue.code === 'too_big') throw badRequest('Too many values per patch');
    }
    throw badRequest(INVALID_JSON);
  });
}

/**
 * Applies the patches one by one in one transaction: a patch naming a user or workspace outside the
 * organization changes nothing and is reported in `failure`; the others apply.
 */
export function applyGroupPatches(
  db: Db,
  group: { id: number; organization_id: number },
  patches: readonly GroupPatchInput[],
  now: string,
): GroupPatchOutput {
  const org = group.organization_id;
  const stmts = {
    '/users': {
      add: db.prepare('INSERT OR IGNORE INTO group_users (group_id, user_id) VALUES (?, ?)'),
      remove: db.prepare('DELETE FROM group_users WHERE group_id = ? AND user_id = ?'),
    },
    '/workspaces': {
      add: db.prepare('INSERT OR IGNORE INTO group_workspaces (group_id, workspace_id) VALUES (?, ?)'),
      remove: db.prepare('DELETE FROM group_workspaces WHERE group_id = ? AND workspace_id = ?'),
    },
  };
  const out = {
    success: [] as GroupPatchInput[],
    failure: [] as { patch: GroupPatchInput; message: string }[],
  };
  db.transaction(() => {
    for (const patch of patches) {
      const unknown =
        patch.path === '/users'
          ? usersOutsideOrg(db, org, patch.value).map((u) => userNotInOrg(u, org))
          : workspacesOutsideOrg(db, org, patch.value).map((w) => workspaceNotInOrg(w, org));
      if (unknown.length > 0) {
        out.failure.push({ patch, message: unknown[0] });
        continue;
      }
      for (const value of patch.value) stmts[patch.path][patch.op].run(group.id, value);
      out.success.push(patch);
    }
    if (out.success.length > 0) db.prepare('UPDATE groups SET at = ? WHERE id = ?').run(now, group.id);
  })();
  return out;
}
