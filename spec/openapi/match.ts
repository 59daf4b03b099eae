import { SERVICES, type Specs } from './documents';
import type { Method, OperationRef, Service } from './types';

export type MatchResult =
  { ok: true; ref: OperationRef; params: Record<string, string> } | { ok: false; reason: string };

/** `/api/focus/x` -> focus `/x`; `/api/track/x` -> track `/x` (the planner's proxy paths). */
export function fromProxyPath(path: string): { service: Service; path: string } | undefined {
  for (const service of ['focus', 'track'] as const) {
    const prefix = SERVICES[service].proxyPrefix;
    if (path.startsWith(`${prefix}/`)) return { service, path: path.slice(prefix.length) };
  }
  return undefined;
}

/** `/api/v9/x` -> track `/x`; `/api/x` -> focus `/x` (the upstreams' own base paths). */
export function fromUpstreamPath(path: string): { service: Service; path: string } | undefined {
  if (path.startsWith('/api/v9/')) return { service: 'track', path: path.slice('/api/v9'.length) };
  if (path.startsWith('/api/')) return { service: 'focus', path: path.slice('/api'.length) };
  return undefined;
}

const segmentsOf = (path: string) => path.split('/').slice(1);
const isParam = (segment: string) => /^\{.+\}$/.test(segment);

/** Params of `template` in `path`, or undefined when it does not match. */
function bind(template: string, path: string): Record<string, string> | undefined {
  const t = segmentsOf(template);
  const p = segmentsOf(path);
  if (t.length !== p.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    if (isParam(t[i])) {
      if (p[i] === '') return undefined;
      try {
        params[t[i].slice(1, -1)] = decodeURIComponent(p[i]);
      } catch {
        return undefined;
      }
    } else if (t[i] !== p[i]) return undefined;
  }
  return params;
}

/** Literal segments beat parameters, earliest first: `/tasks/bulk` wins over `/tasks/{task_id}`. */
function moreSpecific(a: string, b: string): number {
  const [sa, sb] = [segmentsOf(a), segmentsOf(b)];
  for (let i = 0; i < sa.length; i++) {
    const [pa, pb] = [isParam(sa[i]), isParam(sb[i])];
    if (pa !== pb) return pa ? 1 : -1;
  }
  return 0;
}

/** The operation a concrete request path (below the service's base) and method belong to. */
export function matchOperation(specs: Specs, service: Service, method: string, path: string): MatchResult {
  const templates = new Map<string, OperationRef[]>();
  for (const ref of specs.operations) {
    if (ref.service !== service) continue;
    templates.set(ref.template, [...(templates.get(ref.template) ?? []), ref]);
  }
  const candidates = [...templates.keys()]
    .map((template) => ({ template, params: bind(template, path) }))
    .filter((c) => c.params)
    .sort((a, b) => moreSpecific(a.template, b.template));
  if (!candidates.length) return { ok: false, reason: `no such path in the ${service} document` };
  for (const c of candidates) {
    const ref = templates.get(c.template)!.find((r) => r.method === (method.toUpperCase() as Method));
    if (ref) return { ok: true, ref, params: c.params! };
  }
  const allowed = templates.get(candidates[0].template)!.map((r) => r.method);
  return {
    ok: false,
    reason: `${service} ${candidates[0].template} has no ${method} (only ${allowed.join(', ')})`,
  };
}
