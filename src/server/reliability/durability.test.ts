import { describe, expect, it } from 'vitest';
import { runDurability } from './durability-run';

describe('durability', () => {
  it('keeps every acknowledged bulk write across a SIGKILL, none partly, with a sound database', async () => {
    const report = await runDurability({
      bulks: 120,
      itemsPerBulk: 20,
      killAfterAcks: 30,
      concurrency: 4,
      log: (l) => console.log(l),
    });
    expect(report.acknowledged).toBeGreaterThanOrEqual(30);
    expect(report.sent).toBeLessThan(120);
    expect(report.lostAcknowledged).toEqual([]);
    expect(report.partial).toEqual([]);
    expect(report.integrity).toEqual(['ok']);
    expect(report.foreignKeyProblems).toBe(0);
    expect(report.restartOk).toBe(true);
  }, 90_000);
});
