import { z } from 'zod';
import { lenientList } from './lenient';
import { isCalendarDate, isInputInstant, MAX_PER_PAGE } from './text-formats';

/**
 * Conventions shared by every resource of the contract: error bodies, query-string encoding
 * (csv arrays, booleans, ordering), paging and the two date formats.
 */

// The checks and encodings that need no zod live in text-formats (the app's small entry imports them alone).
export {
  DEFAULT_PER_PAGE,
  encodeQuery,
  isCalendarDate,
  isRfc3339,
  MAX_ESTIMATE_MINS,
  MAX_PER_PAGE,
  type QueryValue,
} from './text-formats';

/** Focus error body: `{error, error_description, trace_id}`. */
export const focusErrorSchema = z.object({
  error: z.string(),
  error_description: z.string(),
  error_values: z.record(z.string(), z.unknown()).optional(),
  trace_id: z.string().optional(),
});
export type FocusError = z.infer<typeof focusErrorSchema>;

/** Calendar date `YYYY-MM-DD`: never an instant. */
export const calendarDate = z.string().refine(isCalendarDate, { message: 'must be a date YYYY-MM-DD' });

/** RFC 3339 timestamp taken as input (a body or a query), kept as the string it was. */
export const rfc3339 = z.string().refine(isInputInstant, { message: 'must be an RFC 3339 timestamp' });

/** Normalises an RFC 3339 timestamp to UTC `YYYY-MM-DDTHH:MM:SSZ` (whole seconds). */
export function toUtcSeconds(value: string): string {
  return new Date(Date.parse(value.replace(' ', 'T'))).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Positive database id (JSON body or path). */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Positive id in a path or query string. */
export const idParam = z
  .string()
  .regex(/^[1-9]\d{0,15}$/, { message: 'must be a positive integer' })
  .transform(Number)
  .pipe(z.number().int().positive().max(Number.MAX_SAFE_INTEGER));

/** Query boolean: `true`/`false` (also `1`/`0`). */
export const queryBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Query integer (may be zero or negative where a filter allows it). */
export const queryInt = z
  .string()
  .regex(/^-?\d{1,15}$/, { message: 'must be an integer' })
  .transform(Number);

/** Csv list of positive ids: `1,2,3`. The empty string is the empty list. */
export const csvIds = z.string().transform((raw, ctx) => {
  if (raw === '') return [] as number[];
  const out: number[] = [];
  for (const part of raw.split(',')) {
    const p = part.trim();
    if (!/^[1-9]\d{0,15}$/.test(p)) {
      ctx.addIssue({ code: 'custom', message: `invalid id "${p.slice(0, 40)}"` });
      return z.NEVER;
    }
    out.push(Number(p));
  }
  return out;
});

/**
 * Csv list of ids where the empty value means "none" (e.g. `?project_id=` = tasks with no project).
 * Gives `{ids, includeNone}`: `project_id=,3` matches project 3 or no project.
 */
export const csvIdsOrNone = z.string().transform((raw, ctx) => {
  const ids: number[] = [];
  let includeNone = false;
  for (const part of raw.split(',')) {
    const p = part.trim();
    if (p === '' || p === 'null') {
      includeNone = true;
      continue;
    }
    if (!/^[1-9]\d{0,15}$/.test(p)) {
      ctx.addIssue({ code: 'custom', message: `invalid id "${p.slice(0, 40)}"` });
      return z.NEVER;
    }
    ids.push(Number(p));
  }
  return { ids, includeNone };
});
export type IdsOrNone = { ids: number[]; includeNone: boolean };

/** Csv list of enum values. */
export function csvEnum<T extends string>(values: readonly [T, ...T[]]) {
  const allowed = new Set<string>(values);
  return z.string().transform((raw, ctx) => {
    const parts = raw === '' ? [] : raw.split(',').map((s) => s.trim());
    for (const p of parts) {
      if (!allowed.has(p)) {
        ctx.addIssue({ code: 'custom', message: `unknown value "${p.slice(0, 40)}"` });
        return z.NEVER;
      }
    }
    return parts as T[];
  });
}

export type OrderTerm<F extends string> = { field: F; desc: boolean };

/** `order_by=start_date,-name`: csv of fields, `-` for descending, only from `fields`. */
export function orderBy<F extends string>(fields: readonly [F, ...F[]]) {
  const allowed = new Set<string>(fields);
  return z.string().transform((raw, ctx) => {
    const terms: OrderTerm<F>[] = [];
    for (const part of raw.split(',').map((s) => s.trim())) {
      if (part === '') continue;
      const desc = part.startsWith('-');
      const field = desc ? part.slice(1) : part;
      if (!allowed.has(field)) {
        ctx.addIssue({ code: 'custom', message: `cannot order by "${field.slice(0, 40)}"` });
        return z.NEVER;
      }
      terms.push({ field: field as F, desc });
    }
    return terms;
  });
}

/** `page` from 1 and `per_page` from 1 to 100. */
export const pageParams = {
  page: z
    .string()
    .regex(/^\d{1,9}$/, { message: 'must be a positive integer' })
    .transform(Number)
    .pipe(z.number().int().min(1, { message: 'must be at least 1' }))
    .optional(),
  per_page: z
    .string()
    .regex(/^\d{1,9}$/, { message: 'must be a positive integer' })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, { message: 'must be at least 1' })
        .max(MAX_PER_PAGE, { message: `must be at most ${MAX_PER_PAGE}` }),
    )
    .optional(),
};

/** Focus page envelope `{data, page, per_page}`; its records are a `lenientList` of `noun`s. */
export function pageOf<T extends z.ZodType>(item: T, noun: string) {
  return z.object({ data: lenientList(item, noun), page: z.number().int(), per_page: z.number().int() });
}

/** Focus page envelope with `total`. */
export function pageWithTotalOf<T extends z.ZodType>(item: T, noun: string) {
  return z.object({
    data: lenientList(item, noun),
    page: z.number().int(),
    per_page: z.number().int(),
    total: z.number().int(),
  });
}

// ---- Added helpers (additive only; the exports above keep their behaviour). ----

type StripDesc<T extends string> = T extends `-${infer F}` ? F : T;

type Terms<T extends string> = [T | `-${T}`, ...(T | `-${T}`)[]];

/** Each field ascending then descending (`name`, `-name`, …), in the order given: most `order_by` enums. */
export function bothWays<const T extends string>(...fields: [T, ...T[]]): Terms<T> {
  return fields.flatMap((f) => [f, `-${f}` as const]) as Terms<T>;
}

/**
 * `order_by` restricted to exactly the listed terms (as the OpenAPI enums them: some fields may only be
 * ascending). Gives the same `{field, desc}` terms as `orderBy`.
 */
export function orderByEnum<T extends string>(terms: readonly [T, ...T[]]) {
  const allowed = new Set<string>(terms);
  return z.string().transform((raw, ctx) => {
    const out: OrderTerm<StripDesc<T>>[] = [];
    for (const part of raw.split(',').map((s) => s.trim())) {
      if (part === '') continue;
      if (!allowed.has(part)) {
        ctx.addIssue({ code: 'custom', message: `cannot order by "${part.slice(0, 40)}"` });
        return z.NEVER;
      }
      const desc = part.startsWith('-');
      out.push({ field: (desc ? part.slice(1) : part) as StripDesc<T>, desc });
    }
    return out;
  });
}

/** Query boolean where the empty value means "either" (gives `null`), e.g. `archived=`. */
export const queryBoolOrAny = z
  .enum(['true', 'false', '1', '0', ''])
  .transform((v) => (v === '' ? null : v === 'true' || v === '1'));

/** Query integer `>= 0` (minutes, days). */
export const queryNonNegInt = queryInt.pipe(z.number().int().min(0, { message: 'must be at least 0' }));

/** Free-text query value (search by name), bounded. */
export const queryText = z.string().max(255);

/** Csv list of free strings (e.g. custom-field filters), bounded in count and length. */
export const csvStrings = z
  .string()
  .max(4000)
  .transform((raw) => (raw === '' ? [] : raw.split(',').map((s) => s.trim())))
  .pipe(z.array(z.string().max(255)).max(100));

/** Csv list of ids with at least one id (`ids=1,2` of bulk deletes), at most `max`. */
export function csvIdsRequired(max = 500) {
  return csvIds.pipe(
    z
      .array(z.number())
      .min(1, { message: 'must list at least one id' })
      .max(max, { message: `must list at most ${max} ids` }),
  );
}

/** Bounded text of a JSON body (names, descriptions). */
export function text(max: number, min = 0) {
  return z.string().min(min).max(max);
}

/** Non-empty name of at most 255 characters (surrounding spaces do not count as content). */
export const nameText = z
  .string()
  .max(255, { message: 'must be at most 255 characters' })
  .refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/** List of positive ids in a JSON body, without duplicates. */
export function idList(max = 500) {
  return z
    .array(id)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'must not repeat an id' });
}

/**
 * Body that is a bare JSON array, or the same array wrapped as `{items: [...]}` (the reference pages show the
 * wrapper, the upstream takes the bare array). Normalises to the array.
 */
export function bareOrItems<T extends z.ZodType>(item: T, opts: { max: number }) {
  return z.preprocess(
    (v) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) && 'items' in v
        ? (v as { items: unknown }).items
        : v,
    z
      .array(item)
      .min(1, { message: 'must hold at least one item' })
      .max(opts.max, { message: `must hold at most ${opts.max} items` }),
  );
}

/** Issue for every item of `items` whose `id` repeats an earlier one. */
export function noDuplicateIds(items: readonly { id: number }[], ctx: z.RefinementCtx) {
  const seen = new Set<number>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', message: `duplicate id ${item.id}`, path: [i, 'id'] });
    seen.add(item.id);
  });
}

/** True when a calendar-date range is ordered (or open on either side). */
export function datesOrdered(start: string | null | undefined, end: string | null | undefined): boolean {
  return start == null || end == null || start <= end;
}
