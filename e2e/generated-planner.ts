import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'date-fns';
import { demoOptions, generate, type GenerateOptions } from '../src/server/local-api/db/generate';
import { openDatabase } from '../src/server/local-api/db/open';
import { startPlanner, type Planner } from '../src/server/main';

/**
 * A planner on its own generated workspace (the demo's shape around today, at the sizes given), for the specs
 * that need more data than the demo: the benchmark's datasets, built as `npm run seed` builds them.
 */
export async function startGeneratedPlanner(
  sizes: Partial<GenerateOptions>,
): Promise<{ planner: Planner; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'planner-generated-'));
  const file = join(dir, 'planner.db');
  const db = openDatabase(file);
  generate(db, { ...demoOptions(format(new Date(), 'yyyy-MM-dd')), ...sizes });
  db.close();
  const planner = await startPlanner({
    env: { PORT: '0', LOCAL_API_PORT: '0', PLANNER_DB: file, LOG_LEVEL: 'silent' },
    app: 'skip',
    log: () => {},
  });
  return {
    planner,
    close: async () => {
      await planner.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
