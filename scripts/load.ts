/**
 * Load test through the app's proxy: `npx tsx scripts/load.ts [connections] [seconds]` (default 200, 20).
 * Starts a planner with demo data, mixes the reads of a planner session, prints req/s and latency.
 */
import { runLoad } from '../src/server/reliability/load-run';

const [connections = 200, seconds = 20] = process.argv.slice(2).map(Number);
const report = await runLoad({ connections, durationSec: seconds, log: console.log });
const ok = report.errors === 0 && report.timeouts === 0 && report.non2xx === 0;
console.log(ok ? 'load: PASS' : 'load: FAIL');
process.exit(ok ? 0 : 1);
