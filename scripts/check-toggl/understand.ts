import type { z } from 'zod';
import { parseLeniently } from '@/api/lenient';
import { findingsOf, mergeFindings, type Finding } from '@/api/lenient-findings';

export type { Finding } from '@/api/lenient-findings';

export interface Understanding {
  /** Records read; undefined for a single object. */
  records?: number;
  /** Records the planner could not use: the browser skips them (a single object: the read fails). */
  unreadable: number;
  /** Why, by field, over the unreadable records. */
  findings: Finding[];
  /** Values the planner does not know in records it does use (shown as they are, counted as none of its own). */
  unknown: Finding[];
}

/** Findings of the unknown enum values in a record the browser reads (a strict parse names them). */
function unknownValues(schema: z.ZodType, record: unknown, nestedField?: string): Finding[] {
  const strict = schema.safeParse(record);
  if (strict.success) return [];
  const issues = strict.error.issues.filter(
    (i) => i.code === 'invalid_value' && (!nestedField || i.path[0] !== nestedField),
  );
  return findingsOf(issues, record);
}

/** Checks a single object the way the browser parses it. */
export function understandObject(value: unknown, schema: z.ZodType): Understanding {
  const parsed = parseLeniently(schema, value);
  if (!parsed.success) return { unreadable: 1, findings: findingsOf(parsed.issues, value), unknown: [] };
  return { unreadable: 0, findings: [], unknown: unknownValues(schema, value) };
}

/**
 * Checks a list record by record (the records of a page envelope when `envelope` is given), as the browser reads
 * it: how many records it would skip and why, and which values it keeps without knowing them. The envelope itself
 * (page, per_page...) is checked with an empty list. `nestedField` names a list inside each record that is checked
 * on its own (the tasks of a task group), so its records are not reported twice.
 */
export function understandList(
  value: unknown,
  item: z.ZodType,
  envelope?: z.ZodType,
  nestedField?: string,
): Understanding {
  let findings: Finding[] = [];
  let list: unknown = value;
  if (envelope) {
    const body =
      value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    const shell = parseLeniently(envelope, { ...body, data: [] });
    if (!shell.success) findings = findingsOf(shell.issues, body);
    list = body.data;
  }
  if (!Array.isArray(list)) {
    const missing = { field: envelope ? 'data' : '(the whole answer)', problem: 'is not a list', count: 1 };
    return { records: 0, unreadable: 0, findings: mergeFindings(findings, [missing]), unknown: [] };
  }
  let unreadable = 0;
  let unknown: Finding[] = [];
  for (const record of list) {
    const parsed = parseLeniently(item, record);
    if (parsed.success) unknown = mergeFindings(unknown, unknownValues(item, record, nestedField));
    else {
      unreadable++;
      findings = mergeFindings(findings, findingsOf(parsed.issues, record));
    }
  }
  return { records: list.length, unreadable, findings, unknown };
}
