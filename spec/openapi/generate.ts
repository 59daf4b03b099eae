import type { Random } from './random';
import { nullableProperties, resolveSchema } from './schema-resolve';
import type { Schema, SwaggerDoc } from './types';
import { FAR_DATES, ODD_STRINGS, type Variation } from './variation';
import { plainString } from './plain-strings';

export interface GenerateContext {
  doc: SwaggerDoc;
  rng: Random;
  variation: Variation;
  /** `YYYY-MM-DD` the plain dates fall around (the caller's today keeps the data in view). */
  today: string;
}

const MAX_DEPTH = 7;
const isIdName = (name: string) => /(^|_)ids?$/.test(name);

/** A value valid under `schema` (except for opt-in unknown enum values), shaped by the context's variation. */
export function generateValue(ctx: GenerateContext, schema: Schema, name = '', depth = 0): unknown {
  const s = resolveSchema(ctx.doc, schema);
  const { rng, variation: v } = ctx;
  if (s.enum?.length) {
    if (rng.chance(v.unknownEnums))
      return typeof s.enum[0] === 'number'
        ? Math.max(...(s.enum as number[])) + 7
        : `unknown_${rng.int(1, 99)}`;
    return rng.pick(s.enum);
  }
  const type = s.type ?? (s.properties ? 'object' : undefined);
  switch (type) {
    case 'integer':
    case 'number':
      return generateNumber(ctx, s, name);
    case 'boolean':
      return rng.chance(0.5);
    case 'string':
      return generateString(ctx, s, name);
    case 'array':
      return generateArray(ctx, s, name, depth);
    case 'object':
      return generateObject(ctx, s, depth);
    default:
      return rng.pick([{}, 'text', 1, true]);
  }
}

function generateNumber(ctx: GenerateContext, s: Schema, name: string): number {
  const { rng, variation: v } = ctx;
  const lo = s.minimum ?? (isIdName(name) ? 1 : 0);
  const hi = s.maximum ?? Number.MAX_SAFE_INTEGER;
  if (rng.chance(v.oddNumbers)) {
    // Edges the schema allows; ids stay positive (the upstream's ids are database keys).
    const floor = isIdName(name) ? lo : (s.minimum ?? -Infinity);
    const edges = [-1, 0, 2 ** 31, Number.MAX_SAFE_INTEGER].filter((n) => n >= floor && n <= hi);
    if (edges.length) return rng.pick(edges);
  }
  // Ids come from a small pool so records refer to each other (a task's project is in the project list).
  const top = Math.min(hi, lo + plainSpan(name));
  const n = rng.int(lo, Math.max(lo, top));
  if (/duration$/.test(name) && n >= 0) return Math.min(hi, Math.max(lo, 900 * (1 + (n % 16))));
  return s.type === 'number' && !isIdName(name) ? n + rng.int(0, 99) / 100 : n;
}

/** How far a plain number ranges, by what it is: a lane, an id, minutes, or anything else. */
function plainSpan(name: string): number {
  if (isIdName(name)) return 39;
  if (/^(weight|position|lane)$/.test(name)) return 4;
  if (/_mins$/.test(name)) return 480;
  return 100;
}

function generateString(ctx: GenerateContext, s: Schema, name: string): string {
  const { rng, variation: v } = ctx;
  if (s.format === 'date' || s.format === 'full-date') return dateString(ctx);
  if (s.format === 'date-time') return dateTimeString(ctx);
  const hinted = plainString(name, rng, { date: () => dateString(ctx), dateTime: () => dateTimeString(ctx) });
  if (s.format || !rng.chance(v.oddStrings)) return clampLength(s, hinted);
  return clampLength(s, rng.pick(ODD_STRINGS));
}

function clampLength(s: Schema, text: string): string {
  const chars = [...text];
  if (s.maxLength !== undefined && chars.length > s.maxLength) return chars.slice(0, s.maxLength).join('');
  if (s.minLength !== undefined && chars.length < s.minLength) return text.padEnd(s.minLength, 'x');
  return text;
}

function dateString(ctx: GenerateContext): string {
  if (ctx.rng.chance(ctx.variation.farDates)) return ctx.rng.pick(FAR_DATES);
  const day = new Date(`${ctx.today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ctx.rng.int(-45, 60));
  return day.toISOString().slice(0, 10);
}

function dateTimeString(ctx: GenerateContext): string {
  const { rng } = ctx;
  const time = `${String(rng.int(0, 23)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}:00`;
  const zone = rng.pick(['Z', 'Z', '+02:00', '-05:00', '+05:30', '.123456Z']);
  return `${dateString(ctx)}T${time}${zone}`;
}

function generateArray(ctx: GenerateContext, s: Schema, name: string, depth: number): unknown[] {
  const { rng, variation: v } = ctx;
  const min = s.minItems ?? 0;
  const max = Math.min(s.maxItems ?? Infinity, depth >= MAX_DEPTH ? min : depth > 3 ? 2 : v.maxItems);
  const length = rng.chance(v.emptyLists)
    ? min
    : rng.int(Math.min(Math.max(min, 1), max), Math.max(min, max));
  const items = Array.from({ length }, () => generateValue(ctx, s.items ?? {}, singular(name), depth + 1));
  return distinctIds(items, s.uniqueItems === true);
}

const singular = (name: string) => name.replace(/_ids$/, '_id').replace(/^ids$/, 'id');

/** Lists the upstream sends never repeat a record's id (nor a value of a uniqueItems list). */
function distinctIds(items: unknown[], unique: boolean): unknown[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const key =
      item && typeof item === 'object' && 'id' in item
        ? (item as { id: unknown }).id
        : unique
          ? JSON.stringify(item)
          : undefined;
    if (key === undefined || key === null) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function generateObject(ctx: GenerateContext, s: Schema, depth: number): Record<string, unknown> {
  const { rng, variation: v } = ctx;
  const out: Record<string, unknown> = {};
  const required = new Set(s.required ?? []);
  const nullable = nullableProperties(ctx.doc, s);
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    if (!required.has(name) && (depth >= MAX_DEPTH || rng.chance(v.dropOptional))) continue;
    out[name] =
      nullable.has(name) && rng.chance(v.nullNullable) ? null : generateValue(ctx, prop, name, depth + 1);
  }
  if (typeof s.additionalProperties === 'object' && depth < MAX_DEPTH) {
    for (let i = rng.int(0, 3); i > 0; i--)
      out[`key_${i}`] = generateValue(ctx, s.additionalProperties, '', depth + 1);
  }
  if ('start_date' in (s.properties ?? {}) && 'end_date' in (s.properties ?? {})) {
    orderDates(out);
    if (rng.chance(v.undatedTasks)) undate(ctx, s, out, required, nullable);
  }
  // Unknown properties only where the schema leaves them open (a typed map's values keep their type).
  if (s.additionalProperties === undefined && rng.chance(v.extraFields)) {
    for (let i = rng.int(1, 3); i > 0; i--)
      out[`unexpected_field_${i}`] = rng.pick([
        `extra ${i}`,
        i * 1000,
        null,
        { nested: true },
        [1, 2],
        false,
      ]);
  }
  return out;
}

/** Real records end after they start; only the undated variation takes their dates away. */
function orderDates(out: Record<string, unknown>) {
  const { start_date: start, end_date: end } = out;
  if (typeof start === 'string' && typeof end === 'string' && start !== '' && end !== '' && end < start) {
    out.start_date = end;
    out.end_date = start;
  }
}

function undate(
  ctx: GenerateContext,
  s: Schema,
  out: Record<string, unknown>,
  required: Set<string>,
  nullable: Set<string>,
) {
  for (const name of ['start_date', 'end_date']) {
    const prop = resolveSchema(ctx.doc, s.properties![name]);
    if (!required.has(name)) delete out[name];
    else if (nullable.has(name)) out[name] = null;
    // A required plain string (Go's string of an undated task) can only be empty.
    else if (prop.type === 'string' && !prop.format) out[name] = '';
  }
}
