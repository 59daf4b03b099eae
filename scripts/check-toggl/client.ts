import type { Upstream } from '@/server/proxy/upstreams';

export interface Answer {
  status: number;
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  json?: unknown;
  /** The raw text, for error answers (never printed unredacted). */
  text: string;
}

const NAMES = { focus: 'Focus', track: 'Track' } as const;

/** Thrown when the check must stop: over quota, over its own request budget, or Toggl unreachable. */
export class StopCheck extends Error {}

/**
 * The only way the check talks to Toggl: GET only (it never writes), each request counted against a fixed budget,
 * and a stop at the first 402/429 so a user over quota spends nothing more.
 */
export function createReadOnlyClient(
  upstreams: Record<'focus' | 'track', Upstream>,
  budget: number,
  timeoutMs: number,
) {
  let count = 0;
  let quotaRemaining: number | undefined;
  return {
    get count() {
      return count;
    },
    /** What Toggl last said about the hourly quota (X-Toggl-Quota-Remaining), if it said anything. */
    get quotaRemaining() {
      return quotaRemaining;
    },
    async get(service: 'focus' | 'track', path: string, query: Record<string, string> = {}): Promise<Answer> {
      if (count >= budget) throw new StopCheck(`stopped at the budget of ${budget} requests`);
      const search = new URLSearchParams(query).toString();
      const url = `${upstreams[service].base}${path}${search ? `?${search.replace(/%2C/gi, ',')}` : ''}`;
      count++;
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'GET',
          headers: { authorization: upstreams[service].authorization, accept: 'application/json' },
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        const e = err as Error & { cause?: { code?: string; message?: string } };
        const why =
          e.name === 'TimeoutError'
            ? `no answer within ${timeoutMs / 1000} s`
            : (e.cause?.code ?? e.cause?.message ?? e.name);
        throw new StopCheck(`Toggl ${NAMES[service]} could not be reached (${why}).`);
      }
      const remaining = res.headers.get('x-toggl-quota-remaining');
      if (remaining !== null && /^\d+$/.test(remaining)) quotaRemaining = Number(remaining);
      const text = await res.text();
      if (res.status === 402 || res.status === 429) {
        const resets = res.headers.get('x-toggl-quota-resets-in') ?? res.headers.get('retry-after');
        const when =
          resets && /^\d+$/.test(resets) ? ` It resets in ${Math.ceil(Number(resets) / 60)} min.` : '';
        throw new StopCheck(
          `Toggl ${NAMES[service]} says the hourly request quota is used up (HTTP ${res.status}).${when}`,
        );
      }
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: res.status, json, text };
    },
  };
}

export type ReadOnlyClient = ReturnType<typeof createReadOnlyClient>;
