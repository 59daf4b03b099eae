import { z } from 'zod';
import { findingsOf, mergeFindings, type Finding } from './lenient-findings';

export type { Finding } from './lenient-findings';

/**
 * Reading upstream data leniently (the browser's way) or strictly (everything else).
 *
 * The upstream may send any value its specification allows, and a newer upstream more: a bad record must cost
 * that record, never the page. Response schemas build their lists with `lenientList` and their enums with
 * `openEnum`. Parsed with `parseLeniently`, a list skips the records it cannot use and counts them (by noun,
 * with the fields that failed), and an enum keeps a value it does not know. Parsed any other way (`safeParse`,
 * as the local API's tests do to catch drift), the same schemas are strict: one bad record fails the parse.
 * The mode is a scope around one synchronous parse, so a schema is written once for both.
 */

/** Records of one kind a read left out, and why. */
export interface Skipped {
  /** What one record is, singular: `task`, `time block`, `person`. */
  noun: string;
  count: number;
  findings: Finding[];
}

/** Counts skipped records by noun across parses (one read, or every page of one read). */
export class SkipTally {
  private readonly byNoun = new Map<string, { count: number; findings: Finding[] }>();

  skip(noun: string, issues: readonly z.core.$ZodIssue[], record: unknown): void {
    const entry = this.entry(noun);
    entry.count++;
    entry.findings = mergeFindings(entry.findings, findingsOf(issues, record));
  }

  add(skipped: readonly Skipped[]): void {
    for (const s of skipped) {
      const entry = this.entry(s.noun);
      entry.count += s.count;
      entry.findings = mergeFindings(entry.findings, s.findings);
    }
  }

  result(): Skipped[] {
    return [...this.byNoun].map(([noun, { count, findings }]) => ({ noun, count, findings }));
  }

  private entry(noun: string) {
    return this.byNoun.get(noun) ?? this.byNoun.set(noun, { count: 0, findings: [] }).get(noun)!;
  }
}

// The tally of the lenient parse running now, if any (zod parses synchronously, so a scope is a variable).
let active: SkipTally | null = null;

function within<T>(tally: SkipTally | null, run: () => T): T {
  const outer = active;
  active = tally;
  try {
    return run();
  } finally {
    active = outer;
  }
}

export type LenientResult<T> =
  | { success: true; data: T; skipped: Skipped[] }
  | { success: false; issues: z.core.$ZodIssue[]; skipped: Skipped[] };

/**
 * Parses upstream data the browser's way: records a `lenientList` cannot use are skipped and counted, values an
 * `openEnum` does not know are kept. Fails only when what is left cannot be used (the envelope of a page, a
 * single object without its essential fields).
 */
export function parseLeniently<S extends z.ZodType>(schema: S, value: unknown): LenientResult<z.output<S>> {
  const tally = new SkipTally();
  const parsed = within(tally, () => schema.safeParse(value));
  return parsed.success
    ? { success: true, data: parsed.data, skipped: tally.result() }
    : { success: false, issues: parsed.error.issues, skipped: tally.result() };
}

/**
 * A list of records of which each stands alone: parsed leniently, a record that does not fit `item` is left out
 * and counted as one `noun` (a record's own lists are counted only when the record is kept); parsed strictly,
 * it fails like `z.array(item)`.
 */
export function lenientList<T extends z.ZodType>(item: T, noun: string) {
  const strict = z.array(item);
  return z.unknown().transform((value, ctx): z.output<T>[] => {
    const tally = active;
    if (!tally || !Array.isArray(value)) {
      const parsed = within(null, () => strict.safeParse(value));
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
      return z.NEVER;
    }
    const out: z.output<T>[] = [];
    for (const record of value) {
      const inner = new SkipTally();
      const parsed = within(inner, () => item.safeParse(record));
      if (parsed.success) {
        out.push(parsed.data);
        tally.add(inner.result());
      } else tally.skip(noun, parsed.error.issues, record);
    }
    return out;
  });
}

/** A value of an enum the upstream may extend: the known values, or (read leniently) any other string. */
export type Open<T extends string> = T | (string & {});

/**
 * An enum of a response: strict by default; read leniently, a string it does not list is kept as it is (a newer
 * upstream's value), so code that reads it must treat unknown values as "none of the known ones".
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  const known = new Set<string>(values);
  return z.string().transform((value, ctx): Open<T[number]> => {
    if (known.has(value) || active) return value;
    ctx.addIssue({ code: 'invalid_value', values: [...values], input: value });
    return z.NEVER;
  });
}

/** `openEnum` for an integer enum (`start_week_on: 0 | 1`): read leniently, another integer is kept. */
export function openIntEnum(values: readonly number[]) {
  const known = new Set(values);
  return z
    .number()
    .int()
    .transform((value, ctx): number => {
      if (known.has(value) || active) return value;
      ctx.addIssue({ code: 'invalid_value', values: [...values], input: value });
      return z.NEVER;
    });
}
