import fc from 'fast-check';
import { z } from 'zod';
import type { Db } from '@/server/local-api/db/open';
import type { FuzzOp } from './fuzz-ops';
import { BAD_PATH_IDS, nastyValue, RAW_BODIES, RAW_QUERIES } from './fuzz-values';

/** Ids that exist in the database, by the name of the field or path parameter that carries them. */
export type IdPools = Record<string, number[]>;

export function loadPools(db: Db): IdPools {
  const ids = (sql: string) => (db.prepare(sql).pluck().all() as number[]).slice(0, 200);
  const tasks = ids('SELECT id FROM tasks ORDER BY id');
  const blocks = ids('SELECT id FROM time_blocks ORDER BY id');
  const users = ids('SELECT id FROM users ORDER BY id');
  const projects = ids('SELECT id FROM projects ORDER BY id');
  const groups = ids('SELECT id FROM groups ORDER BY id');
  const tags = ids('SELECT id FROM tags ORDER BY id');
  return {
    organization_id: [4100],
    workspace_id: [5200],
    current_workspace_id: [5200],
    task_id: tasks,
    task_ids: tasks,
    parent_task_id: tasks,
    time_block_id: blocks,
    project_id: projects,
    parent_project_id: projects,
    user_id: users,
    toggl_user_id: users,
    assignee_user_ids: users,
    user_ids: users,
    group_id: groups,
    group_ids: groups,
    project_group_id: ids('SELECT id FROM project_groups ORDER BY id'),
    role_id: ids('SELECT role_id FROM roles ORDER BY role_id'),
    status_id: ids('SELECT id FROM statuses ORDER BY id'),
    tag_id: tags,
    tag_ids: tags,
    client_id: ids('SELECT id FROM clients ORDER BY id'),
    source_group_id: [0, ...users, ...projects, ...tags],
    target_group_id: [0, ...users, ...projects, ...tags],
    id: [...tasks, ...blocks, ...groups],
    ids: [...tasks, ...blocks, ...projects],
    milestone_id: ids('SELECT id FROM milestones ORDER BY id'),
    timeoff_id: ids('SELECT timeoff_id FROM time_off ORDER BY timeoff_id'),
    working_hour_id: ids('SELECT working_hour_id FROM working_hours ORDER BY working_hour_id'),
    team_id: groups,
    team_ids: groups,
  };
}

/** Time-block ids with the task they belong to, so nested paths often address a real block. */
export const loadBlockPairs = (db: Db) =>
  db.prepare('SELECT task_id, id FROM time_blocks ORDER BY id LIMIT 300').all() as {
    task_id: number;
    id: number;
  }[];

type Json = { [key: string]: unknown };

const TODAY = Date.UTC(2026, 2, 16);
const day = (offset: number) => new Date(TODAY + offset * 86_400_000).toISOString().slice(0, 10);
const dateArb = fc.integer({ min: -40, max: 40 }).map(day);
const dateTimeArb = fc
  .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 95 }))
  .map(([d, q]) => new Date(TODAY + d * 86_400_000 + q * 900_000).toISOString().replace('.000', ''));

/** Calendar-date fields (tasks) versus instants (time blocks); names decide, with a share of the other kind. */
const isDateName = (name: string) =>
  /_date|^date_|^start$|^end$|_from$|_to$|^from$|^to$|_at$|_time$|^since$|^before$/.test(name);
const isInstantName = (name: string) => /^date_(from|to)$|^start$|^end$|_time$|^since$|^before$/.test(name);
const isIdName = (name: string) => name === 'id' || name === 'ids' || /_ids?$/.test(name) || name === 'users';

function poolArb(name: string, pools: IdPools): fc.Arbitrary<number> {
  const pool = pools[name] ?? pools.id;
  return pool.length ? fc.constantFrom(...pool) : fc.integer({ min: 1, max: 20000 });
}

/**
 * A mostly valid value for a JSON Schema (from the zod contract), with field-name hints picking real
 * ids and plausible dates so that requests reach deep into the handlers, not only the validator.
 */
export function fromSchema(schema: Json, name: string, pools: IdPools, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.constant(null);
  const anyOf = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (anyOf) return fc.oneof(...anyOf.map((s) => fromSchema(s, name, pools, depth + 1)));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  const type = schema.type;
  if (Array.isArray(type))
    return fc.oneof(...type.map((t) => fromSchema({ ...schema, type: t }, name, pools, depth + 1)));
  switch (type) {
    case 'integer':
    case 'number': {
      if (isIdName(name)) return poolArb(name, pools);
      if (name === 'page' || name === 'per_page') return fc.integer({ min: 1, max: 120 });
      const min = (schema.minimum as number | undefined) ?? 0;
      const max = Math.min((schema.maximum as number | undefined) ?? 100_000, 1_000_000);
      return type === 'integer'
        ? fc.integer({ min: Math.ceil(min), max })
        : fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return stringArb(schema, name, pools);
    case 'array': {
      const items = (schema.items as Json | undefined) ?? {};
      const minLength = (schema.minItems as number | undefined) ?? 0;
      const maxLength = Math.max(minLength, 4);
      // Valid id lists do not repeat ids; repeats come from the mutations.
      if (isIdName(name) && (items.type === 'integer' || items.type === 'number'))
        return fc.uniqueArray(poolArb(name, pools), { minLength, maxLength });
      return fc.array(fromSchema(items, name, pools, depth + 1), { minLength, maxLength });
    }
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Json>;
      const keys = Object.keys(props);
      if (!keys.length)
        return fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 });
      const required = (schema.required as string[] | undefined) ?? [];
      const optional = keys.filter((k) => !required.includes(k));
      // A few optional keys at a time: with all twenty filters of a list, almost no request is valid.
      return fc.subarray(optional, { maxLength: Math.min(3, optional.length) }).chain((picked) => {
        const shape: Record<string, fc.Arbitrary<unknown>> = {};
        for (const key of [...required, ...picked])
          shape[key] = fromSchema(props[key], key, pools, depth + 1);
        return fc.record(shape);
      });
    }
    default:
      return fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.boolean());
  }
}

function stringArb(schema: Json, name: string, pools: IdPools): fc.Arbitrary<string> {
  if (name === 'page' || name === 'per_page') return fc.integer({ min: 1, max: 120 }).map(String);
  if (isDateName(name)) {
    const [usual, other] = isInstantName(name) ? [dateTimeArb, dateArb] : [dateArb, dateTimeArb];
    return fc.oneof({ arbitrary: usual, weight: 9 }, { arbitrary: other, weight: 1 });
  }
  if (isIdName(name)) {
    const pool = name.replace(/s$/, '') in pools ? name.replace(/s$/, '') : name;
    return fc
      .uniqueArray(poolArb(pool, pools), { minLength: 1, maxLength: name.endsWith('s') ? 3 : 1 })
      .map((a) => a.join(','));
  }
  if (name === 'order_by')
    return fc.constantFrom(
      'name',
      '-name',
      'start_date',
      'start',
      '-start',
      'created_at',
      '-updated_at',
      'weight',
      'bogus',
    );
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  const maxLength = Math.min((schema.maxLength as number | undefined) ?? 40, 40);
  const minLength = Math.min((schema.minLength as number | undefined) ?? 0, maxLength);
  return fc.string({ minLength: Math.max(minLength, name === 'name' ? 1 : 0), maxLength });
}

/** Breaks a valid value in one place: a wrong-typed field, a dropped or unknown key, duplicated items. */
function mutate(value: unknown, picks: number[], nasty: unknown): unknown {
  const [kind, at] = picks;
  if (Array.isArray(value)) {
    if (!value.length || kind % 4 === 0) return [...value, ...value]; // repeated and conflicting bulk items
    const copy = [...value];
    copy[at % copy.length] = mutate(copy[at % copy.length], picks.slice(2), nasty);
    return copy;
  }
  if (value && typeof value === 'object') {
    const copy = { ...(value as Json) };
    const keys = Object.keys(copy);
    const arrayKey = keys.find(
      (k) => Array.isArray(copy[k]) && (copy[k] as unknown[]).some((v) => v && typeof v === 'object'),
    );
    if (arrayKey && kind % 3 === 0) copy[arrayKey] = mutate(copy[arrayKey], picks.slice(2), nasty);
    else if (!keys.length || kind % 5 === 1) copy[`unknown_${at % 7}`] = nasty;
    else if (kind % 5 === 2) delete copy[keys[at % keys.length]];
    else copy[keys[at % keys.length]] = nasty;
    return copy;
  }
  return nasty;
}

export type FuzzBody =
  { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; text: string; type?: string };

export function bodyArb(op: FuzzOp, pools: IdPools): fc.Arbitrary<FuzzBody> {
  const raw = fc.constantFrom(...RAW_BODIES).map((r): FuzzBody => ({ kind: 'raw', ...r }));
  if (!op.body) {
    if (op.method === 'GET') return fc.constant({ kind: 'none' });
    return fc.oneof(
      { arbitrary: fc.constant<FuzzBody>({ kind: 'none' }), weight: 6 },
      { arbitrary: nastyValue.map((value): FuzzBody => ({ kind: 'json', value })), weight: 1 },
      { arbitrary: raw, weight: 1 },
    );
  }
  const valid = fromSchema(
    z.toJSONSchema(op.body, { io: 'input', unrepresentable: 'any' }) as Json,
    '',
    pools,
  );
  const broken = fc
    .tuple(valid, fc.array(fc.nat(50), { minLength: 8, maxLength: 8 }), nastyValue)
    .map(([v, picks, nasty]) => mutate(v, picks, nasty));
  return fc.oneof(
    { arbitrary: valid.map((value): FuzzBody => ({ kind: 'json', value })), weight: 4 },
    { arbitrary: broken.map((value): FuzzBody => ({ kind: 'json', value })), weight: 4 },
    { arbitrary: nastyValue.map((value): FuzzBody => ({ kind: 'json', value })), weight: 1 },
    { arbitrary: raw, weight: 1 },
    { arbitrary: fc.constant<FuzzBody>({ kind: 'none' }), weight: 1 },
  );
}

const encodeQuery = (q: Json) =>
  Object.entries(q)
    .flatMap(([k, v]) =>
      (Array.isArray(v) ? v : [v]).map(
        (x) =>
          `${encodeURIComponent(k)}=${encodeURIComponent(typeof x === 'string' ? x : JSON.stringify(x))}`,
      ),
    )
    .join('&');

export function queryArb(op: FuzzOp, pools: IdPools): fc.Arbitrary<string> {
  const rawQuery = fc.constantFrom(...RAW_QUERIES);
  const unknown = fc
    .dictionary(fc.constantFrom('foo', 'page', 'per_page', 'unknown', '__proto__'), nastyValue, {
      maxKeys: 2,
    })
    .map(encodeQuery);
  if (!op.query)
    return fc.oneof(
      { arbitrary: fc.constant(''), weight: 4 },
      { arbitrary: unknown, weight: 1 },
      { arbitrary: rawQuery, weight: 1 },
    );
  const valid = fromSchema(
    z.toJSONSchema(op.query, { io: 'input', unrepresentable: 'any' }) as Json,
    '',
    pools,
  ) as fc.Arbitrary<Json>;
  const broken = fc
    .tuple(valid, fc.array(fc.nat(50), { minLength: 4, maxLength: 4 }), nastyValue)
    .map(([v, picks, nasty]) => mutate(v, picks, nasty) as Json);
  return fc.oneof(
    { arbitrary: valid.map(encodeQuery), weight: 4 },
    { arbitrary: broken.map(encodeQuery), weight: 4 },
    { arbitrary: unknown, weight: 1 },
    { arbitrary: rawQuery, weight: 1 },
  );
}

function paramArb(name: string, pools: IdPools): fc.Arbitrary<string> {
  const bad = fc.constantFrom(...BAD_PATH_IDS);
  if (name === 'group') {
    return fc.oneof(
      { arbitrary: fc.constantFrom('users', 'projects', 'tags'), weight: 8 },
      { arbitrary: fc.constantFrom('USERS', 'bogus', 'clients', ...BAD_PATH_IDS), weight: 2 },
    );
  }
  const pool = pools[name] ?? [];
  const valid = pool.length
    ? fc.constantFrom(...pool.map(String))
    : fc.integer({ min: 1, max: 20000 }).map(String);
  // The organization and workspace are in every path: bad ones are rarer so that the rest gets tested too.
  const badWeight = name === 'organization_id' || name === 'workspace_id' ? 1 : 2;
  return fc.oneof({ arbitrary: valid, weight: 16 - badWeight * 4 }, { arbitrary: bad, weight: badWeight });
}

/** The concrete URL path for a route template, with each `:param` filled in (encoded). */
export function pathArb(
  op: FuzzOp,
  pools: IdPools,
  blockPairs: { task_id: number; id: number }[],
): fc.Arbitrary<string> {
  const names = [...op.route.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const shape: Record<string, fc.Arbitrary<string>> = {};
  for (const n of names) shape[n] = paramArb(n, pools);
  let params: fc.Arbitrary<Record<string, string>> = fc.record(shape);
  if (names.includes('time_block_id') && blockPairs.length) {
    // Mostly a block under its own task: the interesting handlers run only then.
    const paired = fc
      .tuple(params, fc.constantFrom(...blockPairs))
      .map(([p, b]) => ({ ...p, task_id: String(b.task_id), time_block_id: String(b.id) }));
    params = fc.oneof({ arbitrary: paired, weight: 3 }, { arbitrary: params, weight: 1 });
  }
  return params.map((p) => op.route.replace(/:(\w+)/g, (_, n: string) => encodeURIComponent(p[n])));
}
