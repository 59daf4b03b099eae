import type { z } from 'zod';

/** One reason records could not be read, in plain words, with how many records it affects. */
export interface Finding {
  /** Field path inside one record, list indices left out: `project.name`, `tasks[].start_date`. */
  field: string;
  /** What is wrong with it: `is missing`, `has a value the planner does not know`. */
  problem: string;
  count: number;
  /** A few of the unknown values (enum words only, never other data). */
  examples?: string[];
}

const describe = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

const EXPECTED: Record<string, string> = { array: 'a list', object: 'an object', int: 'a whole number' };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path)
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** Plain words for one schema issue, from the value that caused it (never the value itself). */
function problemOf(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `is ${describe(value)} where ${EXPECTED[issue.expected] ?? `a ${issue.expected}`} is expected`;
    case 'invalid_value':
      return 'has a value the planner does not know';
    case 'too_small':
      return 'is too small';
    case 'too_big':
      return 'is too large';
    case 'invalid_format':
      return 'is not in the expected format';
    case 'unrecognized_keys':
      return 'has fields the planner does not expect';
    case 'custom':
      // Our own refinements speak in words ("must be a date YYYY-MM-DD").
      return issue.message;
    default:
      return 'has a form the planner does not know';
  }
}

const fieldOf = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? '[]' : String(p)))
    .join('.')
    .replace(/\.\[\]/g, '[]') || '(the whole record)';

/** The findings of one record's issues: each field and problem once (a record counts once per reason). */
export function findingsOf(issues: readonly z.core.$ZodIssue[], record: unknown): Finding[] {
  const out = new Map<string, Finding>();
  for (const issue of issues) {
    const value = valueAt(record, issue.path);
    const finding: Finding = { field: fieldOf(issue.path), problem: problemOf(issue, value), count: 1 };
    const key = `${finding.field}\u0000${finding.problem}`;
    const known = out.get(key) ?? out.set(key, finding).get(key)!;
    if (issue.code === 'invalid_value' && typeof value === 'string') {
      const examples = (known.examples ??= []);
      if (!examples.includes(value.slice(0, 40))) examples.push(value.slice(0, 40));
    }
  }
  return [...out.values()];
}

/** Findings of several records together: counts added per field and problem, at most 3 examples each. */
export function mergeFindings(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out = new Map<string, Finding>();
  for (const f of [...a, ...b]) {
    const key = `${f.field}\u0000${f.problem}`;
    const known = out.get(key);
    if (!known) {
      out.set(key, { ...f, examples: f.examples?.slice(0, 3) });
      continue;
    }
    known.count += f.count;
    for (const e of f.examples ?? [])
      if ((known.examples ??= []).length < 3 && !known.examples.includes(e)) known.examples.push(e);
  }
  return [...out.values()];
}

/** `person` -> `people`, `status` -> `statuses`, `task` -> `tasks`. */
export function plural(noun: string, count: number): string {
  if (count === 1) return noun;
  if (noun.endsWith('person')) return `${noun.slice(0, -'person'.length)}people`;
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
