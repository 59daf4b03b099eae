import type { WorkingHours, WorkingHoursCreate, WorkingHoursUpdate } from '@/api/working-hours';
import type { Db } from '../db/open';
import { nowIso } from '../db/open';
import { laterStamp } from '../db/stamps';
import { badRequest } from '../errors';
import type { OrgScope } from '../scope';
import { placeholders } from '../sql/in-lists';
import { createOrgUsers, requireManager } from '../sql/org-users';

/** Where a working day starts when it is created through the API (the input has no starting hour). */
export const DEFAULT_STARTING_HOURS = 9;

type Row = Required<
  Pick<WorkingHours, 'working_hour_id' | 'organization_id' | 'working_hours' | 'created_at' | 'updated_at'>
> & {
  user_id: number;
  weekday: number;
  starting_hours: number;
};

const COLUMNS = `working_hour_id, organization_id, user_id, weekday, starting_hours, working_hours, created_at,
  updated_at`;

/**
 * A user's working week: one row per weekday (unique per organization, user and weekday). Anyone reads
 * their organization's weeks; a user changes their own, owners and admins anyone's. Writes are
 * all-or-nothing; ids that are not the user's are skipped by PUT and DELETE (as the time-off operations
 * document for theirs), and a weekday that already has hours is a 400 for POST (change it with PUT).
 */
export function createWorkingHoursStore(db: Db) {
  const orgUsers = createOrgUsers(db);
  const list = db.prepare(
    `SELECT ${COLUMNS} FROM working_hours WHERE organization_id = ? AND user_id = ? ORDER BY weekday`,
  );
  const insert = db.prepare(
    `INSERT INTO working_hours (working_hour_id, organization_id, user_id, weekday, starting_hours, working_hours,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  /** Writes a row under `id`, or under a new id when it is null. */
  const insertRow = (r: Row, id: number | null) =>
    insert.run(
      id,
      r.organization_id,
      r.user_id,
      r.weekday,
      r.starting_hours,
      r.working_hours,
      r.created_at,
      r.updated_at,
    );

  function mayWrite(scope: OrgScope, userId: number): void {
    orgUsers.requireMember(scope, userId);
    if (scope.userId !== userId) requireManager(scope, "change another person's working hours");
  }

  const rowsOf = (scope: OrgScope, userId: number) => list.all(scope.organizationId, userId) as Row[];

  /** 400 naming the first weekday two entries would share. */
  function checkDistinct(rows: readonly Row[]): void {
    const seen = new Map<number, number>();
    for (const r of rows) {
      const other = seen.get(r.weekday);
      if (other !== undefined)
        throw badRequest(
          `weekday ${r.weekday} already has working hours (working_hour_id ${other}); change that entry instead`,
        );
      seen.set(r.weekday, r.working_hour_id);
    }
  }

  return {
    list(scope: OrgScope, userId: number): Row[] {
      orgUsers.requireMember(scope, userId);
      return rowsOf(scope, userId);
    },

    create(scope: OrgScope, userId: number, items: WorkingHoursCreate): Row[] {
      mayWrite(scope, userId);
      const existing = rowsOf(scope, userId);
      const now = nowIso();
      const created = items.map((item) => ({
        working_hour_id: 0,
        organization_id: scope.organizationId,
        user_id: userId,
        weekday: item.weekday,
        starting_hours: DEFAULT_STARTING_HOURS,
        working_hours: item.working_hours,
        created_at: now,
        updated_at: now,
      }));
      checkDistinct([...existing, ...created]);
      db.transaction(() => {
        for (const r of created) r.working_hour_id = Number(insertRow(r, null).lastInsertRowid);
      })();
      return created;
    },

    /**
     * Replaces the hours (and, when given, the weekday) of the user's listed entries. The new week is checked
     * whole, so two entries may swap days in one request; rows are rewritten under their own ids.
     */
    update(scope: OrgScope, userId: number, items: WorkingHoursUpdate): Row[] {
      mayWrite(scope, userId);
      const existing = rowsOf(scope, userId);
      const byId = new Map(existing.map((r) => [r.working_hour_id, r]));
      const now = nowIso();
      const changed: Row[] = [];
      for (const item of items) {
        const row = byId.get(item.working_hour_id);
        if (!row) continue;
        const next: Row = {
          ...row,
          weekday: item.weekday ?? row.weekday,
          working_hours: item.working_hours,
          updated_at: laterStamp(row.updated_at, now),
        };
        byId.set(row.working_hour_id, next);
        changed.push(next);
      }
      checkDistinct([...byId.values()]);
      if (!changed.length) return [];
      const ids = changed.map((r) => r.working_hour_id);
      db.transaction(() => {
        db.prepare(`DELETE FROM working_hours WHERE working_hour_id IN (${placeholders(ids.length)})`).run(
          ...ids,
        );
        for (const r of changed) insertRow(r, r.working_hour_id);
      })();
      return changed.sort((a, b) => a.weekday - b.weekday);
    },

    remove(scope: OrgScope, userId: number, ids: readonly number[]): void {
      mayWrite(scope, userId);
      const unique = [...new Set(ids)];
      db.prepare(
        `DELETE FROM working_hours WHERE organization_id = ? AND user_id = ?
           AND working_hour_id IN (${placeholders(unique.length)})`,
      ).run(scope.organizationId, userId, ...unique);
    },
  };
}
