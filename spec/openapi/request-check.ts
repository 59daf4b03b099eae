import type { Specs } from './documents';
import { fromProxyPath, fromUpstreamPath, matchOperation } from './match';
import { checkParam } from './param-check';
import { checkValue } from './schema-check';
import { operationLabel, type Issue, type OperationRef, type Parameter } from './types';

export interface SentRequest {
  method: string;
  /** Path and query as sent (an absolute URL is fine). */
  url: string;
  /** The raw body, if any. */
  body?: string | null;
  contentType?: string | null;
}

export interface RequestVerdict {
  /** `GET focus /workspaces/{workspace_id}/tags`, when the request matched an operation. */
  operation?: string;
  issues: Issue[];
}

/**
 * Checks one request against the documents: a known operation for its method and path, path parameters,
 * query parameters (known, typed, csv arrays, enums, required) and the JSON body (strictly: a property the
 * operation does not declare is an issue, since the upstream would silently drop it). `paths` says whether
 * the URL is a planner proxy path (`/api/focus/...`) or an upstream path (`/api/...`, `/api/v9/...`).
 */
export function checkRequest(
  specs: Specs,
  req: SentRequest,
  paths: 'proxy' | 'upstream' = 'proxy',
): RequestVerdict {
  const url = new URL(req.url, 'http://planner.invalid');
  const target = (paths === 'proxy' ? fromProxyPath : fromUpstreamPath)(url.pathname);
  if (!target) return { issues: [{ path: 'url', message: `not a Focus or Track path: ${url.pathname}` }] };
  const match = matchOperation(specs, target.service, req.method, target.path);
  if (!match.ok) return { issues: [{ path: 'url', message: match.reason }] };
  const params = match.ref.operation.parameters ?? [];
  const issues = [
    ...params
      .filter((p) => p.in === 'path')
      .flatMap((p) => checkParam(p, match.params[p.name] ?? '', 'path')),
    ...checkQuery(match.ref, params, url.searchParams),
    ...checkBody(match.ref, params, req),
  ];
  return { operation: operationLabel(match.ref), issues };
}

/** Query parameters; Track's GET handlers read `formData` parameters from the query too (Go's FormValue). */
function checkQuery(ref: OperationRef, params: Parameter[], query: URLSearchParams): Issue[] {
  const formAsQuery = ref.method === 'GET' || ref.method === 'DELETE';
  const known = params.filter((p) => p.in === 'query' || (formAsQuery && p.in === 'formData'));
  const issues: Issue[] = [];
  for (const key of new Set(query.keys())) {
    const param = known.find((p) => p.name === key);
    const values = query.getAll(key);
    if (!param) issues.push({ path: `query.${key}`, message: 'is not a parameter of this operation' });
    else if (values.length > 1)
      issues.push({ path: `query.${key}`, message: 'is repeated (arrays are one comma-separated value)' });
    else issues.push(...checkParam(param, values[0], 'query'));
  }
  for (const p of known)
    if (p.required && !query.has(p.name)) issues.push({ path: `query.${p.name}`, message: 'is required' });
  return issues;
}

function checkBody(ref: OperationRef, params: Parameter[], req: SentRequest): Issue[] {
  const param = params.find((p) => p.in === 'body');
  const hasBody = req.body !== undefined && req.body !== null && req.body !== '';
  if (!hasBody) return param?.required ? [{ path: 'body', message: 'is required' }] : [];
  if (!param) return [{ path: 'body', message: 'this operation takes no body' }];
  if (req.contentType && !/^application\/json\b/i.test(req.contentType))
    return [{ path: 'body', message: `must be sent as application/json (got ${req.contentType})` }];
  let value: unknown;
  try {
    value = JSON.parse(req.body!);
  } catch {
    return [{ path: 'body', message: 'is not valid JSON' }];
  }
  return checkValue(ref.doc, param.schema ?? {}, value, { strict: true }, 'body');
}
