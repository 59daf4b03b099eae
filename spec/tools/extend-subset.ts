/**
 * Copies operations from Toggl's complete documents into the vendored subsets, verbatim, with every definition
 * they reference (transitively): `npx tsx spec/tools/extend-subset.ts focus '/workspaces/{workspace_id}/tags' [dir]`
 * (`dir` holds `focus-openapi.json` and `track-openapi.json` of the complete documents; default ../shared/api/full).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SwaggerDoc } from '../openapi/types';

/** Names of the definitions `value` references, directly or through other definitions. */
function referenced(full: SwaggerDoc, value: unknown, into = new Set<string>()): Set<string> {
  const text = JSON.stringify(value);
  for (const [, name] of text.matchAll(/"#\/definitions\/([^"]+)"/g)) {
    if (into.has(name)) continue;
    into.add(name);
    referenced(full, full.definitions[name], into);
  }
  return into;
}

/** `subset` with the path items `paths` of `full` (all their methods) and the definitions they need. */
export function extendSubset(subset: SwaggerDoc, full: SwaggerDoc, paths: string[]): SwaggerDoc {
  const out: SwaggerDoc = { ...subset, paths: { ...subset.paths }, definitions: { ...subset.definitions } };
  for (const path of paths) {
    const item = full.paths[path];
    if (!item) throw new Error(`${path} is not in the complete document`);
    out.paths[path] = item;
    for (const name of referenced(full, item)) {
      if (!full.definitions[name]) throw new Error(`${path} references a missing definition ${name}`);
      out.definitions[name] = full.definitions[name];
    }
  }
  return out;
}

function main() {
  const [service, ...rest] = process.argv.slice(2);
  if (service !== 'focus' && service !== 'track')
    throw new Error('usage: extend-subset.ts focus|track PATH... [--from DIR]');
  const fromAt = rest.indexOf('--from');
  const dir =
    fromAt >= 0
      ? rest[fromAt + 1]
      : join(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/api/full');
  const paths = fromAt >= 0 ? rest.slice(0, fromAt) : rest;
  const target = fileURLToPath(new URL(`../${service}-openapi.json`, import.meta.url));
  const subset = JSON.parse(readFileSync(target, 'utf8')) as SwaggerDoc;
  const full = JSON.parse(readFileSync(join(dir, `${service}-openapi.json`), 'utf8')) as SwaggerDoc;
  writeFileSync(target, `${JSON.stringify(extendSubset(subset, full, paths), null, 1)}\n`);
  console.log(`${paths.length} path(s) copied into ${target}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
