import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lenientList, openEnum, openIntEnum, parseLeniently, SkipTally } from './lenient';
import { findingsOf, plural } from './lenient-findings';
import { taskGroupPageSchema } from './task-group';

const item = z.object({ id: z.number().int(), kind: openEnum(['a', 'b']) });
const list = lenientList(item, 'thing');
const ten = () => Array.from({ length: 10 }, (_, i) => ({ id: i + 1, kind: 'a' as string }));

describe('lenientList', () => {
  it('is strict when parsed any other way: one bad record fails the parse, as z.array does', () => {
    const records: unknown[] = ten();
    records[4] = { id: 'five', kind: 'a' };
    const parsed = list.safeParse(records);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([[4, 'id']]);
  });

  it('read leniently, one bad record of ten costs that record: nine are kept and one is counted', () => {
    const records: unknown[] = ten();
    records[4] = { kind: 'a' };
    const parsed = parseLeniently(list, records);
    expect(parsed.success && parsed.data.map((r) => r.id)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10]);
    expect(parsed.skipped).toEqual([
      { noun: 'thing', count: 1, findings: [{ field: 'id', problem: 'is missing', count: 1 }] },
    ]);
  });

  it('fails when the answer holds no list at all (nothing is left to show)', () => {
    const parsed = parseLeniently(z.object({ data: list }), { data: 'none' });
    expect(parsed.success).toBe(false);
  });

  it('counts the records of a nested list only inside records it keeps', () => {
    const entry = (id: unknown) => ({
      id,
      name: 'Task',
      allocation_unit: 'percent',
      estimate_type: 'total',
      private: false,
      source: 'plan',
      status_id: 1,
      start_date: '2026-06-01',
      end_date: '2026-06-02',
    });
    const page = {
      page: 1,
      per_page: 100,
      data: [
        { id: 1, name: null, type: 'users', tasks: [entry(1), entry('two'), entry(3)] },
        // A row without its id is skipped whole: its bad task is not counted again.
        { name: null, type: 'users', tasks: [entry(4), entry(null)] },
      ],
    };
    const parsed = parseLeniently(taskGroupPageSchema, page);
    expect(parsed.success && parsed.data.data.map((g) => g.tasks.map((t) => t.id))).toEqual([[1, 3]]);
    expect(parsed.skipped.map((s) => [s.noun, s.count])).toEqual([
      ['task', 1],
      ['timeline row', 1],
    ]);
  });

  it('reads extra fields away and keeps optional ones absent', () => {
    const parsed = parseLeniently(list, [{ id: 1, kind: 'a', unexpected_field_1: { nested: true } }]);
    expect(parsed.success && parsed.data).toEqual([{ id: 1, kind: 'a' }]);
  });
});

describe('openEnum', () => {
  it('is strict when parsed any other way', () => {
    expect(item.safeParse({ id: 1, kind: 'c' }).success).toBe(false);
    expect(openIntEnum([0, 1]).safeParse(3).success).toBe(false);
  });

  it('read leniently, keeps a value a newer upstream added, and counts no record as lost', () => {
    const parsed = parseLeniently(list, [{ id: 1, kind: 'unknown_42' }]);
    expect(parsed.success && parsed.data).toEqual([{ id: 1, kind: 'unknown_42' }]);
    expect(parsed.skipped).toEqual([]);
    expect(parseLeniently(openIntEnum([0, 1]), 8)).toMatchObject({ success: true, data: 8 });
  });

  it('still wants a string', () => {
    const parsed = parseLeniently(list, [{ id: 1, kind: 7 }]);
    expect(parsed.skipped[0].findings).toEqual([
      { field: 'kind', problem: 'is a number where a string is expected', count: 1 },
    ]);
  });
});

describe('findings in plain words', () => {
  it('names the field and says what is wrong with it, never the schema text', () => {
    const schema = z.object({
      id: z.number().int(),
      name: z.string(),
      tags: z.array(z.object({ id: z.number() })),
      kind: z.enum(['a', 'b']),
    });
    const record = { name: 5, tags: [{ id: 'x' }], kind: 'zz' };
    const parsed = schema.safeParse(record);
    const findings = findingsOf(parsed.error!.issues, record);
    expect(findings).toEqual([
      { field: 'id', problem: 'is missing', count: 1 },
      { field: 'name', problem: 'is a number where a string is expected', count: 1 },
      { field: 'tags[].id', problem: 'is a string where a number is expected', count: 1 },
      { field: 'kind', problem: 'has a value the planner does not know', count: 1, examples: ['zz'] },
    ]);
    for (const f of findings) expect(f.problem).not.toMatch(/Invalid|expected (a )?(string|number)/);
  });

  it('adds up what several reads left out, by noun and reason', () => {
    const tally = new SkipTally();
    tally.add([{ noun: 'task', count: 2, findings: [{ field: 'id', problem: 'is missing', count: 2 }] }]);
    tally.add([{ noun: 'task', count: 1, findings: [{ field: 'id', problem: 'is missing', count: 1 }] }]);
    expect(tally.result()).toEqual([
      { noun: 'task', count: 3, findings: [{ field: 'id', problem: 'is missing', count: 3 }] },
    ]);
  });

  it('says nouns in the plural as people do', () => {
    expect(plural('task', 2)).toBe('tasks');
    expect(plural('task', 1)).toBe('task');
    expect(plural('person', 3)).toBe('people');
    expect(plural('status', 2)).toBe('statuses');
    expect(plural('time block', 2)).toBe('time blocks');
  });
});
