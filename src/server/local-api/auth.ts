import { createHash } from 'node:crypto';
import type { Db } from './db/open';
import { verifyPassword } from './db/passwords';

export interface AuthUser {
  id: number;
  email: string;
  fullname: string;
}

interface UserRow extends AuthUser {
  password_hash: string;
}

/**
 * Resolves the Authorization header to a user: Basic `email:password`, Basic `api_token:api_token`
 * or `Bearer <api key>`. Successful lookups are cached by a hash of the header, so password hashing
 * runs once per credential, not once per request.
 */
export function createAuthenticator(db: Db) {
  const byEmail = db.prepare('SELECT id, email, fullname, password_hash FROM users WHERE email = ?');
  const byToken = db.prepare('SELECT id, email, fullname, password_hash FROM users WHERE api_token = ?');
  const byKey = db.prepare('SELECT id, email, fullname, password_hash FROM users WHERE api_key = ?');
  const cache = new Map<string, AuthUser>();

  function lookup(header: string): AuthUser | null {
    const [scheme, value = ''] = header.trim().split(/\s+/, 2);
    if (/^bearer$/i.test(scheme)) {
      return (byKey.get(value) as UserRow | undefined) ?? null;
    }
    if (!/^basic$/i.test(scheme)) return null;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    const name = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    if (secret === 'api_token') return (byToken.get(name) as UserRow | undefined) ?? null;
    const row = byEmail.get(name) as UserRow | undefined;
    return row && verifyPassword(secret, row.password_hash) ? row : null;
  }

  return function authenticate(header: string | undefined): AuthUser | null {
    if (!header || header.length > 4096) return null;
    const key = createHash('sha256').update(header).digest('base64');
    const hit = cache.get(key);
    if (hit) return hit;
    const row = lookup(header);
    if (!row) return null;
    const user = { id: row.id, email: row.email, fullname: row.fullname };
    if (cache.size > 1000) cache.clear();
    cache.set(key, user);
    return user;
  };
}
