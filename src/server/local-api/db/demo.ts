import { format } from 'date-fns';
import type { Db } from './open';
import { seedPlanning } from './demo-planning';
import { DEMO_IDS, DEMO_LOGIN, demoOptions, generate, type GeneratedAccount } from './generate';

/**
 * Seeds the demo organization into an empty database (first start only) and returns the demo
 * account's credentials, read back from the database on later starts. The planning data (working weeks,
 * time off, holidays, milestones) is seeded once as well, also into a database seeded before it existed.
 */
export function ensureDemoData(db: Db, today = format(new Date(), 'yyyy-MM-dd')): GeneratedAccount {
  const seeded = db.prepare("SELECT value FROM meta WHERE key = 'seeded_at'").get();
  if (!seeded) {
    const account = generate(db, demoOptions(today));
    seedPlanning(db, today);
    return account;
  }
  seedPlanning(db, today);
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
