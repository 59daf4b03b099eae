import { formatProblem } from './formats';
import { nullableProperties, resolveSchema } from './schema-resolve';
import type { Issue, Schema, SwaggerDoc } from './types';

export interface CheckOptions {
  /** Properties an object schema does not declare are issues (requests: the upstream would drop them). */
  strict?: boolean;
  /** Enum values outside the list are accepted (responses from a newer upstream). */
  openEnums?: boolean;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function typeProblem(type: string | undefined, value: unknown): string | undefined {
  const actual = typeOf(value);
  const ok =
    type === undefined ||
    type === 'file' ||
    (type === 'integer'
      ? Number.isInteger(value)
      : type === 'number'
        ? Number.isFinite(value)
        : actual === type);
  const article = /^[aeiou]/.test(type ?? '') ? 'an' : 'a';
  return ok ? undefined : `must be ${article} ${type} (got ${actual})`;
}

/** Everything wrong with `value` under `schema` (empty when it conforms). */
export function checkValue(
  doc: SwaggerDoc,
  schema: Schema,
  value: unknown,
  opts: CheckOptions = {},
  path = '',
  nullable = false,
): Issue[] {
  const s = resolveSchema(doc, schema);
  const at = (message: string): Issue[] => [{ path: path || '(root)', message }];
  if (value === null) return nullable || s['x-nullable'] ? [] : at('must not be null');
  const type = s.type ?? (s.properties ? 'object' : undefined);
  const wrongType = typeProblem(type, value);
  if (wrongType) return at(wrongType);
  if (s.enum && !opts.openEnums && !s.enum.includes(value))
    return at(
      `must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')} (got ${JSON.stringify(value)})`,
    );
  if (typeof value === 'string') return checkString(s, value, at);
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) return at(`must be at least ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) return at(`must be at most ${s.maximum}`);
    return [];
  }
  if (Array.isArray(value)) {
    const issues: Issue[] = [];
    if (s.minItems !== undefined && value.length < s.minItems)
      issues.push(...at(`must hold at least ${s.minItems} items`));
    if (s.maxItems !== undefined && value.length > s.maxItems)
      issues.push(...at(`must hold at most ${s.maxItems} items`));
    if (s.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      issues.push(...at('must not repeat an item'));
    if (s.items) value.forEach((v, i) => issues.push(...checkValue(doc, s.items!, v, opts, `${path}/${i}`)));
    return issues;
  }
  if (typeof value === 'object') return checkObject(doc, s, value as Record<string, unknown>, opts, path);
  return [];
}

function checkString(s: Schema, value: string, at: (m: string) => Issue[]): Issue[] {
  const length = [...value].length;
  if (s.minLength !== undefined && length < s.minLength)
    return at(`must be at least ${s.minLength} characters`);
  if (s.maxLength !== undefined && length > s.maxLength)
    return at(`must be at most ${s.maxLength} characters`);
  const format = formatProblem(s.format, value);
  return format ? at(format) : [];
}

function checkObject(
  doc: SwaggerDoc,
  s: Schema,
  value: Record<string, unknown>,
  opts: CheckOptions,
  path: string,
): Issue[] {
  const issues: Issue[] = [];
  const props = s.properties ?? {};
  const nullable = nullableProperties(doc, s);
  for (const name of s.required ?? [])
    if (value[name] === undefined) issues.push({ path: `${path}/${name}`, message: 'is required' });
  for (const [name, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const prop = props[name];
    if (prop) issues.push(...checkValue(doc, prop, v, opts, `${path}/${name}`, nullable.has(name)));
    else if (typeof s.additionalProperties === 'object')
      issues.push(...checkValue(doc, s.additionalProperties, v, opts, `${path}/${name}`));
    else if (s.additionalProperties === false || (opts.strict && s.properties))
      issues.push({ path: `${path}/${name}`, message: 'is not a property of this operation' });
  }
  return issues;
}
