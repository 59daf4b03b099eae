/**
 * Test-only fault injection: the next matching requests fail with a chosen status and Focus error,
 * before the route runs, so nothing is written. Only wired in when a test passes an injector.
 */
export interface FaultRule {
  method: string;
  path: RegExp;
  status: number;
  message: string;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** Extra response headers, e.g. quota headers for a 402. */
  headers?: Record<string, string>;
}

export function createFaults() {
  const rules: (FaultRule & { left: number })[] = [];
  return {
    fail(rule: FaultRule) {
      rules.push({ ...rule, left: rule.times ?? 1 });
    },
    clear() {
      rules.length = 0;
    },
    /** The rule that fires for this request, consuming one use of it. */
    take(method: string, url: string): FaultRule | null {
      const path = url.split('?')[0];
      const index = rules.findIndex((r) => r.method === method && r.path.test(path));
      if (index < 0) return null;
      const rule = rules[index];
      rule.left--;
      if (rule.left <= 0) rules.splice(index, 1);
      return rule;
    },
  };
}
export type Faults = ReturnType<typeof createFaults>;
