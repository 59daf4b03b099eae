import type { Db } from '../db/open';
import { badRequest, forbidden } from '../errors';
import type { OrgScope } from '../scope';
import { placeholders } from './in-lists';

/**
 * The people of an organization as the planning resources address them (working hours, time off, holidays,
 * capacities): `user_id` is the user account id, the one task assignees and the `users` task groups use.
 */
export function createOrgUsers(db: Db) {
  const member = db.prepare(
    'SELECT 1 FROM organization_users WHERE organization_id = ? AND user_id = ? AND deleted_at IS NULL',
  );
  return {
    /** 400 unless the user is a (not removed) member of the scope's organization. */
    requireMember(scope: OrgScope, userId: number): void {
      if (!member.get(scope.organizationId, userId))
        throw badRequest(`user_id ${userId} is not a member of the organization`);
    },

    /** The listed users that are members, in the order given, without repeats. */
    membersAmong(scope: OrgScope, userIds: readonly number[]): number[] {
      const ids = [...new Set(userIds)];
      if (!ids.length) return [];
      const found = new Set(
        db
          .prepare(
            `SELECT user_id FROM organization_users WHERE organization_id = ? AND deleted_at IS NULL
               AND user_id IN (${placeholders(ids.length)})`,
          )
          .pluck()
          .all(scope.organizationId, ...ids) as number[],
      );
      return ids.filter((id) => found.has(id));
    },
  };
}

/**
 * Time off and other people's working weeks are managed by organization owners and admins (the upstream's
 * `manage_time_off` permission; the local API has no finer roles). Anyone may change their own working week.
 */
export function requireManager(scope: OrgScope, what: string): void {
  if (!scope.isOrgAdmin) throw forbidden(`Only organization owners and admins may ${what}`);
}
