import { createHash } from 'node:crypto';
import type { Db } from '@/server/local-api/db/open';

/** A hash of every row of every table: equal hashes mean no row changed. */
export function fingerprint(db: Db): string {
  const hash = createHash('sha1');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    // Table names come from sqlite_master, not from input.
    hash.update(`#${table}\n${JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).raw().all())}`);
  }
  return hash.digest('hex');
}

/**
 * Tells whether a request changed any row, hashing only when SQLite's change counter moved (a
 * rolled-back transaction moves the counter but leaves the hash equal).
 */
export function createChangeWatch(db: Db) {
  const counter = db.prepare('SELECT total_changes()').pluck();
  let changes = counter.get() as number;
  let hash = fingerprint(db);
  return {
    /** Call before a request: brings the remembered state up to date. */
    before() {
      const now = counter.get() as number;
      if (now !== changes) {
        changes = now;
        hash = fingerprint(db);
      }
    },
    /** True when a row differs from the state remembered by `before`. */
    changed(): boolean {
      if ((counter.get() as number) === changes) return false;
      return fingerprint(db) !== hash;
    },
  };
}

/** `PRAGMA integrity_check` and `foreign_key_check` results: `['ok']` and `[]` for a sound database. */
export function checkIntegrity(db: Db): { integrity: string[]; foreignKeys: unknown[] } {
  return {
    integrity: db.prepare('PRAGMA integrity_check').pluck().all() as string[],
    foreignKeys: db.prepare('PRAGMA foreign_key_check').all(),
  };
}
