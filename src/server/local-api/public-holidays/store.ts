import type { PublicHoliday } from '@/api/public-holiday';
import type { Db } from '../db/open';
import type { OrgScope } from '../scope';
import { placeholders } from '../sql/in-lists';
import { createOrgUsers } from '../sql/org-users';

/**
 * Public holidays of the countries of organization users: a holiday is listed once per user of its country
 * (a user without a country has none), ordered by date, then by user. Users who are not members have none.
 */
export function createPublicHolidayStore(db: Db) {
  const orgUsers = createOrgUsers(db);
  return {
    ofUsers(scope: OrgScope, userIds: readonly number[], start: string, end: string): PublicHoliday[] {
      const ids = orgUsers.membersAmong(scope, userIds);
      if (!ids.length) return [];
      return db
        .prepare(
          `SELECT u.id AS user_account_id, h.date, h.name, h.country
             FROM users u JOIN public_holidays h ON h.country = u.country
            WHERE u.id IN (${placeholders(ids.length)}) AND h.date BETWEEN ? AND ?
            ORDER BY h.date, u.id, h.name`,
        )
        .all(...ids, start, end) as PublicHoliday[];
    },
  };
}
