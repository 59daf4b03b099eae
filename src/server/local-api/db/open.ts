import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations';
import { laterStamp, nextStamp } from './stamps';

export type Db = Database.Database;

/**
 * Opens (and creates) the SQLite database: WAL journal, foreign keys on, pending migrations applied in
 * one transaction each. `:memory:` works for tests.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged write survives a crash of the process or the machine.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Updates write `updated_at = later_stamp(updated_at, ?)`: strictly after the stored value (stamps.ts).
  db.function('later_stamp', { deterministic: true }, (previous: unknown, stamp: unknown) =>
    laterStamp(previous, String(stamp)),
  );
  migrate(db);
  return db;
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/** Now as an RFC 3339 UTC timestamp with microseconds, later than any this process gave before (stamps.ts). */
export function nowIso(): string {
  return nextStamp();
}
