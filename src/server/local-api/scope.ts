import { z } from 'zod';
import { idParam } from '@/api/common';
import type { Db } from './db/open';
import { beforeValidation } from './before-validation';
import { forbidden } from './errors';
import { parseWith } from './validation';

export interface OrgScope {
  userId: number;
  organizationId: number;
  /** Organization owner or admin: sees private projects, manages members and groups. */
  isOrgAdmin: boolean;
}

export interface WorkspaceScope extends OrgScope {
  workspaceId: number;
}

const orgParams = z.object({ organization_id: idParam });
const wsParams = z.object({ workspace_id: idParam });
const orgWsParams = z.object({ organization_id: idParam, workspace_id: idParam });

/**
 * Who may act inside one organization: members only, unknown or foreign organization is a 403. Each kind
 * of scope is settled before validation (see before-validation.ts): a non-member learns nothing about a
 * body it may not send.
 */
export function createScopes(db: Db) {
  const orgMember = db.prepare(
    'SELECT admin, owner FROM organization_users WHERE organization_id = ? AND user_id = ? AND deleted_at IS NULL',
  );
  const wsMember = db.prepare(
    `SELECT w.organization_id AS organization_id FROM workspaces w
       JOIN workspace_users wu ON wu.workspace_id = w.id AND wu.user_id = ? WHERE w.id = ?`,
  );

  function org(userId: number, organizationId: number): OrgScope {
    const row = orgMember.get(organizationId, userId) as { admin: number; owner: number } | undefined;
    if (!row) throw forbidden();
    return { userId, organizationId, isOrgAdmin: row.admin === 1 || row.owner === 1 };
  }

  function workspace(userId: number, workspaceId: number, organizationId?: number): WorkspaceScope {
    const row = wsMember.get(userId, workspaceId) as { organization_id: number } | undefined;
    if (!row || (organizationId !== undefined && row.organization_id !== organizationId)) throw forbidden();
    return { ...org(userId, row.organization_id), workspaceId };
  }

  return {
    /** `/organizations/:organization_id/...` */
    organization: beforeValidation((req) => {
      const { organization_id } = parseWith(orgParams, req.params, 'path');
      return org(req.auth.id, organization_id);
    }),
    /** `/workspaces/:workspace_id/...` */
    workspace: beforeValidation((req) => {
      const { workspace_id } = parseWith(wsParams, req.params, 'path');
      return workspace(req.auth.id, workspace_id);
    }),
    /** `/organizations/:organization_id/workspaces/:workspace_id/...` */
    orgWorkspace: beforeValidation((req) => {
      const p = parseWith(orgWsParams, req.params, 'path');
      return workspace(req.auth.id, p.workspace_id, p.organization_id);
    }),
  };
}
export type Scopes = ReturnType<typeof createScopes>;
