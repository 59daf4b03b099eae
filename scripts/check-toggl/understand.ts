import type { z } from 'zod';

/** One thing the planner could not read, with how many records it affects. */
export interface Finding {
  /** Field path inside one record, list indices left out: `project.name`, `tasks[].start_date`. */
  field: string;
  problem: string;
  count: number;
  /** A few of the unknown values (enum words only), for the report. */
  examples?: string[];
}

export interface Understanding {
  /** Records read; undefined for a single object. */
  records?: number;
  /** Records the planner could not use (it would skip them, or today fail the whole read). */
  unreadable: number;
  findings: Finding[];
}

const describe = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v = root;
  for (const key of path)
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** Plain words for one schema issue, from the value that caused it (never the value itself, except enum words). */
function problemOf(issue: z.core.$ZodIssue, root: unknown): string {
  const value = valueAt(root, issue.path);
  if (issue.code === 'invalid_type') {
    if (value === undefined) return 'is missing';
    return `is ${describe(value)} where ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} is expected`;
  }
  if (issue.code === 'invalid_value') return 'has a value the planner does not know';
  if (issue.code === 'unrecognized_keys') return 'has fields the planner does not expect';
  return issue.message;
}

const fieldOf = (path: PropertyKey[], prefix: string) =>
  [prefix, ...path.map((p) => (typeof p === 'number' ? '[]' : String(p)))]
    .filter(Boolean)
    .join('.')
    .replace(/\.\[\]/g, '[]') || '(the whole answer)';

/** Adds a record's issues to `into`, counted once per field and problem per record. */
function collect(into: Map<string, Finding>, issues: z.core.$ZodIssue[], root: unknown, prefix = '') {
  const seen = new Set<string>();
  for (const issue of issues) {
    const finding: Finding = {
      field: fieldOf(issue.path, prefix),
      problem: problemOf(issue, root),
      count: 1,
    };
    const key = `${finding.field}\u0000${finding.problem}`;
    const value = valueAt(root, issue.path);
    const example =
      issue.code === 'invalid_value' && typeof value === 'string' ? value.slice(0, 40) : undefined;
    const known = into.get(key) ?? into.set(key, { ...finding, count: 0, examples: [] }).get(key)!;
    if (example && known.examples!.length < 3 && !known.examples!.includes(example))
      known.examples!.push(example);
    if (seen.has(key)) continue;
    seen.add(key);
    known.count++;
  }
}

/** Checks a single object the way the planner parses it. */
export function understandObject(value: unknown, schema: z.ZodType): Understanding {
  const parsed = schema.safeParse(value);
  const findings = new Map<string, Finding>();
  if (!parsed.success) collect(findings, parsed.error.issues, value);
  return { unreadable: parsed.success ? 0 : 1, findings: [...findings.values()] };
}

/**
 * Checks a list record by record (the records of a page envelope when `envelope` is given): how many records the
 * planner could not use, and why. The envelope itself (page, per_page...) is checked with an empty list.
 */
export function understandList(value: unknown, item: z.ZodType, envelope?: z.ZodType): Understanding {
  const findings = new Map<string, Finding>();
  let list: unknown = value;
  if (envelope) {
    const body =
      value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    const shell = envelope.safeParse({ ...body, data: [] });
    if (!shell.success) collect(findings, shell.error.issues, body);
    list = body.data;
  }
  if (!Array.isArray(list)) {
    collect(
      findings,
      [
        {
          code: 'invalid_type',
          expected: 'array',
          path: envelope ? ['data'] : [],
          message: '',
          input: list,
        } as z.core.$ZodIssue,
      ],
      envelope ? value : list,
    );
    return { records: 0, unreadable: 0, findings: [...findings.values()] };
  }
  let unreadable = 0;
  for (const record of list) {
    const parsed = item.safeParse(record);
    if (parsed.success) continue;
    unreadable++;
    collect(findings, parsed.error.issues, record);
  }
  return { records: list.length, unreadable, findings: [...findings.values()] };
}
