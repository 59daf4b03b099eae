/**
 * Turns the five published reference pages (`../shared/api/*.md`) into `spec/reference-operations.json`: which
 * operations they document, with the documented success status and whether a body is documented. Run it again
 * when the pages change: `npx tsx spec/tools/extract-reference.ts [dir-of-pages]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ReferenceOperation {
  page: string;
  title: string;
  method: string;
  service: 'focus' | 'track';
  /** Path below the service's base URL, with `{param}` placeholders as on the page. */
  path: string;
  /** The first status the page lists under Response (the documented success); null where the page has none. */
  status: number | null;
  /** The page documents a request body (a `*Body*` table). */
  body: boolean;
}

const PAGES = [
  'focus-task-groups.md',
  'focus-tasks.md',
  'focus-time-blocks.md',
  'focus-projects.md',
  'track-groups.md',
];
const BASES = {
  focus: 'https://focus.toggl.com/api',
  track: 'https://api.track.toggl.com/api/v9',
} as const;

/** The operations of one page, in page order. */
export function parseReferencePage(page: string, text: string): ReferenceOperation[] {
  const sections = text.split(/^## /m).slice(1);
  return sections.map((section) => {
    const heading = /^(GET|POST|PUT|PATCH|DELETE) (.+)$/m.exec(section);
    const url = /^`(https:\/\/[^`]+)`$/m.exec(section);
    const response = /\*\*Response\*\*\s*\n\s*\n?(\d{3})/.exec(section);
    if (!heading || !url) throw new Error(`${page}: cannot read section "${section.slice(0, 60)}"`);
    const service = url[1].startsWith(BASES.track) ? 'track' : 'focus';
    return {
      page,
      title: heading[2].trim(),
      method: heading[1],
      service,
      path: url[1].slice(BASES[service].length),
      status: response ? Number(response[1]) : null,
      body: /^\*Body\*$/m.test(section),
    };
  });
}

function main() {
  const dir = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/api');
  const ops = PAGES.flatMap((page) => parseReferencePage(page, readFileSync(join(dir, page), 'utf8')));
  const out = fileURLToPath(new URL('../reference-operations.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(ops, null, 1)}\n`);
  console.log(`${ops.length} operations written to ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
