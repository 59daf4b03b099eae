import type { Page, Request } from '@playwright/test';
import { checkRequest, loadSpecs, type RequestVerdict } from '../spec/openapi';

export interface Offender {
  method: string;
  url: string;
  verdict: RequestVerdict;
}

/**
 * Records every request the page sends to `/api/focus/*` and `/api/track/*` and checks each against the vendored
 * OpenAPI documents (method, path, query, body) once the test is over.
 */
export function recordApiRequests(page: Page) {
  const sent: Request[] = [];
  page.on('request', (req) => {
    if (/^\/api\/(focus|track)\//.test(new URL(req.url()).pathname)) sent.push(req);
  });
  return {
    sent,
    offenders(): Offender[] {
      const specs = loadSpecs();
      return sent.flatMap((req) => {
        const verdict = checkRequest(specs, {
          method: req.method(),
          url: req.url(),
          body: req.postData(),
          contentType: req.headers()['content-type'],
        });
        return verdict.issues.length ? [{ method: req.method(), url: req.url(), verdict }] : [];
      });
    },
  };
}

/** The offenders in plain lines, one request per paragraph, for a test failure message. */
export function describeOffenders(offenders: Offender[]): string {
  const lines = [`${offenders.length} API request(s) do not conform to the OpenAPI documents (spec/):`];
  for (const o of offenders) {
    const url = new URL(o.url);
    lines.push(
      `  ${o.method} ${url.pathname}${url.search}${o.verdict.operation ? `  [${o.verdict.operation}]` : ''}`,
    );
    for (const issue of o.verdict.issues) lines.push(`    ${issue.path}: ${issue.message}`);
  }
  return lines.join('\n');
}
