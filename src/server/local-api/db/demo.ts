import { format } from 'date-fns';
import type { Db } from './open';
import { DEMO_IDS, DEMO_LOGIN, demoOptions, generate, type GeneratedAccount } from './generate';

/**
 * Seeds the demo organization into an empty database (first start only) and returns the demo
 * account's credentials, read back from the database on later starts.
 */
export function ensureDemoData(db: Db, today = format(new Date(), 'yyyy-MM-dd')): GeneratedAccount {
  const seeded = db.prepare("SELECT value FROM meta WHERE key = 'seeded_at'").get();
  if (!seeded) return generate(db, demoOptions(today));
  const row = db
    .prepare('SELECT email, api_token, api_key FROM users WHERE id = ?')
    .get(DEMO_IDS.demoUser) as { email: string; api_token: string; api_key: string | null } | undefined;
  return {
    email: row?.email ?? DEMO_LOGIN.email,
    password: DEMO_LOGIN.password,
    apiToken: row?.api_token ?? '',
    apiKey: row?.api_key ?? '',
  };
}
