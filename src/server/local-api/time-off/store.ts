import type { TimeOff, TimeOffLite } from '@/api/time-off';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { ApiError } from '../errors';
import type { OrgScope } from '../scope';
import { placeholders } from '../sql/in-lists';
import { createOrgUsers, requireManager } from '../sql/org-users';

interface Row {
  timeoff_id: number;
  organization_id: number;
  user_id: number;
  start_time: string;
  end_time: string;
  type: string | null;
  created_at: string;
  updated_at: string;
}

/** Create and update items after validation: boundaries are UTC `YYYY-MM-DDTHH:MM:SSZ` (offsets discarded). */
export interface TimeOffValues {
  start_time: string;
  end_time: string;
  type?: string;
}

/** The entry as the API shows it: `type` omitted when it has no category. */
function entryOf(r: Row): TimeOff {
  const { type, ...rest } = r;
  return type === null ? rest : { ...rest, type };
}

/**
 * The instants bounding a window of dates "interpreted in UTC", the last one "inclusive of that whole day":
 * `[from 00:00Z, day after to 00:00Z)`. An entry overlaps it when it starts before the end and ends after
 * the start; an entry that only touches an edge (ends at `from` 00:00Z) does not overlap.
 */
export function utcWindow(from: string, to: string): { start: string; end: string } {
  // The day after 9999-12-31 has no four-digit year (`+010000-01-01`, which sorts before every stored time):
  // its midnight as the end of that day sorts after them all.
  if (to >= '9999-12-31') return { start: `${from}T00:00:00Z`, end: '9999-12-31T24:00:00Z' };
  const next = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { start: `${from}T00:00:00Z`, end: `${next}T00:00:00Z` };
}

const overlapping = () =>
  new ApiError(409, 'conflict', 'the time off overlaps another time off of the user; nothing was changed');

/**
 * Time off of organization users. Reading a user's full entries and every write need the manager
 * permission (upstream `manage_time_off`, also for one's own entries); the organization-wide read without
 * personal detail is open to every member. Writes run in one transaction: two of the user's entries that
 * would overlap (half-open periods: one may end where the next starts) fail the whole request with a 409.
 */
export function createTimeOffStore(db: Db) {
  const orgUsers = createOrgUsers(db);
  const ofUser = db.prepare(
    `SELECT * FROM time_off WHERE organization_id = ? AND user_id = ? AND start_time < ? AND end_time > ?
      ORDER BY start_time, timeoff_id`,
  );
  const insert = db.prepare(
    `INSERT INTO time_off (organization_id, user_id, start_time, end_time, type, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE time_off SET start_time = ?, end_time = ?, type = ?, updated_at = later_stamp(updated_at, ?)
      WHERE timeoff_id = ? AND organization_id = ? AND user_id = ?`,
  );
  const byId = db.prepare('SELECT * FROM time_off WHERE timeoff_id = ?');
  const anyOverlap = db.prepare(
    `SELECT 1 FROM time_off a JOIN time_off b
        ON b.organization_id = a.organization_id AND b.user_id = a.user_id AND b.timeoff_id > a.timeoff_id
       AND a.start_time < b.end_time AND b.start_time < a.end_time
      WHERE a.organization_id = ? AND a.user_id = ? LIMIT 1`,
  );

  function mayManage(scope: OrgScope, userId: number): void {
    requireManager(scope, 'read or change time off');
    orgUsers.requireMember(scope, userId);
  }

  /** Runs the writes, then refuses (rolling back) when they left two entries overlapping. */
  function write<T>(scope: OrgScope, userId: number, run: () => T): T {
    return db.transaction(() => {
      const out = run();
      if (anyOverlap.get(scope.organizationId, userId)) throw overlapping();
      return out;
    })();
  }

  return {
    ofUser(scope: OrgScope, userId: number, from: string, to: string): TimeOff[] {
      mayManage(scope, userId);
      const w = utcWindow(from, to);
      return (ofUser.all(scope.organizationId, userId, w.end, w.start) as Row[]).map(entryOf);
    },

    /** Entries of the listed users (members only; others have none) overlapping the window. */
    ofUsers(scope: OrgScope, userIds: readonly number[], start: string, end: string): TimeOffLite[] {
      const ids = orgUsers.membersAmong(scope, userIds);
      if (!ids.length) return [];
      const w = utcWindow(start, end);
      return db
        .prepare(
          `SELECT timeoff_id, user_id, start_time, end_time FROM time_off
            WHERE organization_id = ? AND user_id IN (${placeholders(ids.length)}) AND start_time < ? AND end_time > ?
            ORDER BY start_time, user_id, timeoff_id`,
        )
        .all(scope.organizationId, ...ids, w.end, w.start) as TimeOffLite[];
    },

    create(scope: OrgScope, userId: number, items: readonly TimeOffValues[]): TimeOff[] {
      mayManage(scope, userId);
      const now = nowIso();
      return write(scope, userId, () =>
        items.map((item) => {
          const { lastInsertRowid } = insert.run(
            scope.organizationId,
            userId,
            item.start_time,
            item.end_time,
            item.type ?? null,
            now,
            now,
          );
          return entryOf(byId.get(lastInsertRowid) as Row);
        }),
      );
    },

    /**
     * Replaces the listed entries of the user in full (no `type` clears the category); ids that are not the
     * user's are skipped. A repeated id is applied in order, so its last element wins (the OpenAPI leaves
     * that undefined). Answers the entries that were updated, once each.
     */
    update(
      scope: OrgScope,
      userId: number,
      items: readonly (TimeOffValues & { timeoff_id: number })[],
    ): TimeOff[] {
      mayManage(scope, userId);
      const now = nowIso();
      return write(scope, userId, () => {
        const updated: number[] = [];
        for (const item of items) {
          const { changes } = update.run(
            item.start_time,
            item.end_time,
            item.type ?? null,
            now,
            item.timeoff_id,
            scope.organizationId,
            userId,
          );
          if (changes > 0 && !updated.includes(item.timeoff_id)) updated.push(item.timeoff_id);
        }
        return updated.map((id) => entryOf(byId.get(id) as Row));
      });
    },

    /** Deletes the listed entries of the user; other ids are skipped silently. */
    remove(scope: OrgScope, userId: number, ids: readonly number[]): void {
      mayManage(scope, userId);
      const unique = [...new Set(ids)];
      db.prepare(
        `DELETE FROM time_off WHERE organization_id = ? AND user_id = ? AND timeoff_id IN (${placeholders(unique.length)})`,
      ).run(scope.organizationId, userId, ...unique);
    },
  };
}
