import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { METHODS, type OperationRef, type Service, type SwaggerDoc } from './types';

export interface Specs {
  focus: SwaggerDoc;
  track: SwaggerDoc;
  operations: OperationRef[];
}

/** Where the planner's proxy serves each upstream, and where the upstream itself lives. */
export const SERVICES: Record<Service, { proxyPrefix: string; upstreamBase: string }> = {
  focus: { proxyPrefix: '/api/focus', upstreamBase: 'https://focus.toggl.com/api' },
  track: { proxyPrefix: '/api/track', upstreamBase: 'https://api.track.toggl.com/api/v9' },
};

const read = (name: string): SwaggerDoc =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../${name}`, import.meta.url)), 'utf8')) as SwaggerDoc;

/** Every operation of a pair of documents, Focus first, in document order. */
export function indexOperations(focus: SwaggerDoc, track: SwaggerDoc): OperationRef[] {
  const out: OperationRef[] = [];
  for (const [service, doc] of [
    ['focus', focus],
    ['track', track],
  ] as const) {
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const operation = item[method.toLowerCase() as Lowercase<typeof method>];
        if (operation) out.push({ service, method, template, operation, doc });
      }
    }
  }
  return out;
}

let cached: Specs | undefined;

/** The vendored Focus and Track documents (`spec/*.json`), read once. */
export function loadSpecs(): Specs {
  if (!cached) {
    const focus = read('focus-openapi.json');
    const track = read('track-openapi.json');
    cached = { focus, track, operations: indexOperations(focus, track) };
  }
  return cached;
}
