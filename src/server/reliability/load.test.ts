import { describe, expect, it } from 'vitest';
import { runLoad } from './load-run';

describe('load', () => {
  it('serves 200 concurrent connections of planner reads through the proxy without an error', async () => {
    const report = await runLoad({ connections: 200, durationSec: 5, log: (l) => console.log(l) });
    expect(report.requests).toBeGreaterThan(200);
    expect(report.errors).toBe(0);
    expect(report.timeouts).toBe(0);
    expect(report.non2xx).toBe(0);
  }, 60_000);
});
