import { describe, expect, it } from 'vitest';
import { loadSpecs } from './documents';
import { generateResponse, successResponse } from './response';
import { checkValue } from './schema-check';
import { operationLabel, type OperationRef } from './types';
import { PLAIN, variationForSeed, type Variation } from './variation';

const specs = loadSpecs();
const op = (method: string, suffix: string, service = 'focus') =>
  specs.operations.find((o) => o.method === method && o.service === service && o.template.endsWith(suffix))!;
const taskGroups = op('GET', '/tasks/groups/{group}');
const SEEDS = Array.from({ length: 40 }, (_, i) => i);

const body = (ref: OperationRef, seed: number, variation?: Variation, key?: string) =>
  JSON.parse(generateResponse(ref, { seed, variation, key, today: '2026-03-10' }).body ?? 'null');

/** Every value of every object in a generated body, flattened (to look for what a variation produced). */
function* walk(value: unknown, key = ''): Generator<[string, unknown, Record<string, unknown> | undefined]> {
  if (Array.isArray(value)) for (const v of value) yield* walk(v, key);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      yield [k, v, value as Record<string, unknown>];
      yield* walk(v, k);
    }
}

describe('generateResponse', () => {
  it('is pure: the same seed, operation and key give the same body; another seed or key another one', () => {
    expect(body(taskGroups, 7)).toEqual(body(taskGroups, 7));
    expect(body(taskGroups, 7)).not.toEqual(body(taskGroups, 8));
    expect(body(taskGroups, 7, undefined, 'page=2')).not.toEqual(body(taskGroups, 7, undefined, 'page=1'));
  });

  it('answers the documented success status, without a body where there is none', () => {
    expect(generateResponse(op('POST', '/tasks'), { seed: 1 }).status).toBe(201);
    expect(generateResponse(op('PATCH', '/time-blocks/bulk'), { seed: 1 })).toEqual({ status: 204 });
    expect(successResponse(op('DELETE', '/groups/{group_id}', 'track')).status).toBe(200);
  });

  it('gives bodies valid under their own schemas for every operation and many seeds', () => {
    const problems: string[] = [];
    for (const seed of SEEDS)
      for (const ref of specs.operations) {
        const { schema } = successResponse(ref);
        const generated = generateResponse(ref, { seed });
        if (!schema || generated.body === undefined) continue;
        for (const issue of checkValue(ref.doc, schema, JSON.parse(generated.body)))
          problems.push(`seed ${seed} ${operationLabel(ref)} ${issue.path}: ${issue.message}`);
      }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('keeps plain data plain: everything present, no nulls, no extras, dates near today, lists not empty', () => {
    const groups = body(taskGroups, 0, PLAIN);
    expect(groups.data.length).toBeGreaterThan(0);
    for (const [k, v] of walk(groups)) {
      expect(v).not.toBeNull();
      expect(k).not.toMatch(/^unexpected_/);
      if (/^(start|end)_date$/.test(k)) expect(v).toMatch(/^2026-0[1-5]-\d\d$|^2025-1[12]-\d\d$/);
    }
    for (const group of groups.data)
      for (const task of group.tasks) expect(task.start_date <= task.end_date).toBe(true);
  });

  it('produces each variation: dropped, null, extra, empty, odd, far, undated, edge numbers', () => {
    const seen = (
      variation: Partial<Variation>,
      predicate: (k: string, v: unknown, parent?: Record<string, unknown>) => boolean,
    ) =>
      SEEDS.some((seed) =>
        [...walk(body(taskGroups, seed, { ...PLAIN, ...variation }))].some(([k, v, p]) => predicate(k, v, p)),
      );
    expect(seen({ nullNullable: 1 }, (k, v) => k === 'name' && v === null)).toBe(true);
    expect(seen({ extraFields: 1 }, (k) => k.startsWith('unexpected_field_'))).toBe(true);
    expect(seen({ emptyLists: 1 }, (k, v) => k === 'data' && Array.isArray(v) && v.length === 0)).toBe(true);
    expect(
      seen(
        { oddStrings: 1 },
        (k, v) =>
          k === 'name' && typeof v === 'string' && /[\u0590-\u06ff]|\p{Extended_Pictographic}/u.test(v),
      ),
    ).toBe(true);
    expect(seen({ oddStrings: 1 }, (k, v) => k === 'name' && typeof v === 'string' && v.length >= 300)).toBe(
      true,
    );
    expect(
      seen({ farDates: 1 }, (k, v) => k === 'start_date' && (v === '0001-01-01' || v === '9999-12-31')),
    ).toBe(true);
    expect(seen({ undatedTasks: 1 }, (k, v, p) => k === 'start_date' && v === '' && p?.end_date === '')).toBe(
      true,
    );
    expect(
      seen({ oddNumbers: 1 }, (k, v) => k === 'estimated_mins' && (v === 0 || v === Number.MAX_SAFE_INTEGER)),
    ).toBe(true);
    const dropped = SEEDS.every((seed) =>
      body(taskGroups, seed, { ...PLAIN, dropOptional: 1 }).data.every((g: { tasks: object[] }) =>
        g.tasks.every((t) => !('color' in t)),
      ),
    );
    expect(dropped).toBe(true);
  });

  it('adds unknown enum values only when asked', () => {
    const types = (variation: Variation) =>
      SEEDS.flatMap((seed) => body(taskGroups, seed, variation).data.map((g: { type: string }) => g.type));
    expect(new Set(types(PLAIN)).size).toBeGreaterThan(1);
    expect(types(PLAIN).every((t) => ['projects', 'users', 'tags'].includes(t))).toBe(true);
    expect(SEEDS.every((seed) => variationForSeed(seed).unknownEnums === 0)).toBe(true);
    expect(types({ ...PLAIN, unknownEnums: 1 }).every((t) => /^unknown_\d+$/.test(t))).toBe(true);
  });

  it('never repeats a record id inside one list', () => {
    for (const seed of SEEDS) {
      const ids = body(taskGroups, seed).data.map((g: { id: number }) => g.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
