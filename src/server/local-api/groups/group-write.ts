import { GROUP_NAME_MISSING, groupPayloadSchema, type GroupPayload } from '@/api/group';
import type { Db } from '../db/open';
import { badRequest } from '../errors';
import { placeholders } from '../sql/in-lists';
import { INVALID_JSON } from './track-json';

/**
 * Parses group.Payload with Track's exact plain-text messages: the name's own texts, and
 * "Invalid JSON input" for anything that would not decode into the payload (wrong types, bad ids).
 */
export function parseGroupPayload(body: unknown): GroupPayload {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest(INVALID_JSON);
  const result = groupPayloadSchema.safeParse(body);
  if (result.success) return { ...result.data, name: result.data.name.trim() };
  const nameIssue = result.error.issues.find((i) => i.path[0] === 'name');
  if (nameIssue) throw badRequest(nameIssue.code === 'invalid_type' ? GROUP_NAME_MISSING : nameIssue.message);
  throw badRequest(INVALID_JSON);
}

/** 400 "Name has already been taken" when another group of the organization has the name (any case). */
export function checkNameFree(db: Db, organizationId: number, name: string, exceptId = 0): void {
  const taken = db
    .prepare('SELECT 1 FROM groups WHERE organization_id = ? AND name = ? COLLATE NOCASE AND id <> ?')
    .get(organizationId, name, exceptId);
  if (taken) throw badRequest('Name has already been taken');
}

/** Ids of `userIds` that are not active members of the organization. */
export function usersOutsideOrg(db: Db, organizationId: number, userIds: readonly number[]): number[] {
  if (userIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT user_id FROM organization_users WHERE organization_id = ? AND deleted_at IS NULL
          AND user_id IN (${placeholders(userIds.length)})`,
    )
    .all(organizationId, ...userIds) as { user_id: number }[];
  const known = new Set(rows.map((r) => r.user_id));
  return userIds.filter((u) => !known.has(u));
}

/** Ids of `workspaceIds` that are not workspaces of the organization. */
export function workspacesOutsideOrg(
  db: Db,
  organizationId: number,
  workspaceIds: readonly number[],
): number[] {
  if (workspaceIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT id FROM workspaces WHERE organization_id = ? AND id IN (${placeholders(workspaceIds.length)})`,
    )
    .all(organizationId, ...workspaceIds) as { id: number }[];
  const known = new Set(rows.map((r) => r.id));
  return workspaceIds.filter((w) => !known.has(w));
}

export const userNotInOrg = (user: number, org: number) =>
  `User ${user} not exists in the organization ${org}`;
export const workspaceNotInOrg = (ws: number, org: number) =>
  `Workspace ${ws} not exists in the organization ${org}`;

/** 400 with Track's text for the first user or workspace outside the organization. */
export function checkMembersInOrg(db: Db, organizationId: number, p: GroupPayload): void {
  const user = usersOutsideOrg(db, organizationId, p.users ?? [])[0];
  if (user !== undefined) throw badRequest(userNotInOrg(user, organizationId));
  const ws = workspacesOutsideOrg(db, organizationId, p.workspaces ?? [])[0];
  if (ws !== undefined) throw badRequest(workspaceNotInOrg(ws, organizationId));
}

/** Replaces the group's users and/or workspaces (only the lists given). */
export function replaceGroupMembers(db: Db, groupId: number, p: GroupPayload): void {
  if (p.users) {
    db.prepare('DELETE FROM group_users WHERE group_id = ?').run(groupId);
    const ins = db.prepare('INSERT INTO group_users (group_id, user_id) VALUES (?, ?)');
    for (const u of p.users) ins.run(groupId, u);
  }
  if (p.workspaces) {
    db.prepare('DELETE FROM group_workspaces WHERE group_id = ?').run(groupId);
    const ins = db.prepare('INSERT INTO group_workspaces (group_id, workspace_id) VALUES (?, ?)');
    for (const w of p.workspaces) ins.run(groupId, w);
  }
}
