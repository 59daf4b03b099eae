/**
 * Crash test of the local API's storage: `npx tsx scripts/durability.ts [bulks] [itemsPerBulk] [killAfterAcks]`.
 * Streams bulk writes to a real planner process, SIGKILLs it mid-stream, restarts it on the same
 * database and checks that every acknowledged write survived, no bulk is partial, integrity is ok.
 */
import { runDurability } from '../src/server/reliability/durability-run';

const [bulks = 2000, items = 50, killAfter = 700] = process.argv.slice(2).map(Number);
const report = await runDurability({
  bulks,
  itemsPerBulk: items,
  killAfterAcks: killAfter,
  concurrency: 8,
  log: console.log,
});
const ok =
  report.lostAcknowledged.length === 0 &&
  report.partial.length === 0 &&
  report.integrity.join() === 'ok' &&
  report.foreignKeyProblems === 0 &&
  report.restartOk;
console.log(ok ? 'durability: PASS' : `durability: FAIL ${JSON.stringify(report)}`);
process.exit(ok ? 0 : 1);
