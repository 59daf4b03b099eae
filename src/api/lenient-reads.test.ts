import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateResponse, loadSpecs, PLAIN, variationForSeed, type Variation } from '../../spec/openapi';
import { parseLeniently, type Skipped } from './lenient';
import { organizationGroupsSchema, projectGroupsSchema } from './group';
import {
  projectChildrenPageSchema,
  projectMembersSchema,
  projectPageSchema,
  projectWithAggregationsSchema,
  rolesSchema,
} from './project';
import { taskPageSchema } from './task';
import { taskGroupPageSchema } from './task-group';
import { timeBlockAggregatePageSchema, timeBlockStreamSchema } from './time-block';
import { organizationUsersSchema, trackMeSchema, trackWorkspacesSchema, userSettingsSchema } from './user';
import { clientPageSchema, statusPageSchema, tagPageSchema } from './workspace';

/**
 * Every read the browser makes, answered with data generated from the OpenAPI documents (spec/openapi): whatever
 * the specification allows parses, and a record is left out only when it lacks what the planner cannot do
 * without. Many seeds in a second or two; the browser test (e2e/generative.spec.ts) then renders such data.
 */

/** One upstream read of the browser and the schema it parses the answer with (see parseLeniently). */
interface BrowserRead {
  service: 'focus' | 'track';
  /** The operation's path template in the OpenAPI document. */
  template: string;
  schema: z.ZodType;
  /**
   * Fields (paths inside one record, as findings name them) that the specification lets the upstream leave out
   * but without which the planner cannot use a record: the only reasons a valid answer may lose a record.
   */
  essential: readonly string[];
  /** A list answer: its records' id field and noun (a single object has none). */
  list?: { id: string; noun: string };
}

const ws = '/organizations/{organization_id}/workspaces/{workspace_id}';

/** Every read the browser makes, with what it cannot do without. */
const BROWSER_READS: readonly BrowserRead[] = [
  { service: 'track', template: '/me', schema: trackMeSchema, essential: [] },
  {
    service: 'track',
    template: '/me/workspaces',
    schema: trackWorkspacesSchema,
    essential: ['id'],
    list: { id: 'id', noun: 'workspace' },
  },
  {
    service: 'track',
    template: '/organizations/{organization_id}/groups',
    schema: organizationGroupsSchema,
    essential: ['group_id'],
    list: { id: 'group_id', noun: 'group' },
  },
  {
    service: 'track',
    template: '/workspaces/{workspace_id}/project_groups',
    schema: projectGroupsSchema,
    essential: ['id', 'group_id', 'pid'],
    list: { id: 'id', noun: 'project group' },
  },
  { service: 'focus', template: '/users/me/settings', schema: userSettingsSchema, essential: [] },
  {
    service: 'focus',
    template: '/organizations/{organization_id}/users',
    schema: organizationUsersSchema,
    essential: [],
    list: { id: 'id', noun: 'person' },
  },
  {
    service: 'focus',
    template: '/organizations/{organization_id}/roles',
    schema: rolesSchema,
    essential: [],
    list: { id: 'role_id', noun: 'role' },
  },
  {
    service: 'focus',
    template: '/workspaces/{workspace_id}/statuses',
    schema: statusPageSchema,
    essential: [],
    list: { id: 'id', noun: 'status' },
  },
  {
    service: 'focus',
    template: '/workspaces/{workspace_id}/tags',
    schema: tagPageSchema,
    essential: [],
    list: { id: 'id', noun: 'tag' },
  },
  {
    service: 'focus',
    template: '/workspaces/{workspace_id}/clients',
    schema: clientPageSchema,
    essential: [],
    list: { id: 'id', noun: 'client' },
  },
  {
    service: 'focus',
    template: `${ws}/projects`,
    schema: projectPageSchema,
    essential: [],
    list: { id: 'id', noun: 'project' },
  },
  {
    service: 'focus',
    template: `${ws}/projects/{project_id}`,
    schema: projectWithAggregationsSchema,
    essential: [],
  },
  {
    service: 'focus',
    template: `${ws}/projects/{project_id}/children`,
    schema: projectChildrenPageSchema,
    essential: [],
    list: { id: 'id', noun: 'project' },
  },
  {
    service: 'focus',
    template: `${ws}/projects/{project_id}/members`,
    schema: projectMembersSchema,
    essential: [],
  },
  {
    service: 'focus',
    template: `${ws}/tasks`,
    schema: taskPageSchema,
    essential: [],
    list: { id: 'id', noun: 'task' },
  },
  {
    service: 'focus',
    template: `${ws}/tasks/groups/{group}`,
    schema: taskGroupPageSchema,
    essential: [],
    list: { id: 'id', noun: 'timeline row' },
  },
  {
    service: 'focus',
    template: `${ws}/tasks/{task_id}/time-blocks`,
    schema: timeBlockAggregatePageSchema,
    essential: [],
    list: { id: 'id', noun: 'time block' },
  },
  {
    service: 'focus',
    template: `${ws}/time-blocks/stream`,
    schema: timeBlockStreamSchema,
    essential: [],
    list: { id: 'id', noun: 'time block' },
  },
];

const specs = loadSpecs();

function generated(read: BrowserRead, seed: number, variation: Variation): unknown {
  const ref = specs.operations.find(
    (o) => o.service === read.service && o.method === 'GET' && o.template === read.template,
  );
  if (!ref) throw new Error(`no operation GET ${read.service} ${read.template}`);
  const body = generateResponse(ref, { seed, variation, key: 'lenient-reads', today: '2026-06-10' }).body;
  return JSON.parse(body!) as unknown;
}

/** Findings of skipped records that are not about an essential field (what should never cost a record). */
const unexpected = (read: BrowserRead, skipped: Skipped[]) =>
  skipped.flatMap((s) =>
    s.findings
      .filter((f) => !read.essential.some((e) => f.field === e && f.problem === 'is missing'))
      .map((f) => `${s.noun}: ${f.field} ${f.problem}`),
  );

const ALL_AT_ONCE: Record<string, Partial<Variation>> = {
  'every optional field left out': { dropOptional: 1 },
  'every nullable field null': { nullNullable: 1 },
  'extra fields everywhere': { extraFields: 1 },
  'every enum value unknown': { unknownEnums: 1 },
  'every list empty': { emptyLists: 1 },
  'odd strings everywhere': { oddStrings: 1 },
  'far dates everywhere': { farDates: 1 },
  'edge numbers everywhere': { oddNumbers: 1 },
  'every task undated': { undatedTasks: 1 },
};

describe.each(BROWSER_READS)('GET $service $template, read as the browser reads it', (read) => {
  it.each(Object.entries(ALL_AT_ONCE))('%s: parses, losing no record but for its essentials', (_, knobs) => {
    for (let seed = 0; seed < 2; seed++) {
      const parsed = parseLeniently(read.schema, generated(read, seed, { ...PLAIN, ...knobs }));
      expect(parsed.success, JSON.stringify(!parsed.success && parsed.issues.slice(0, 3))).toBe(true);
      expect(unexpected(read, parsed.skipped)).toEqual([]);
    }
  });

  it('parses 40 seeds of mixed variations (with unknown enum values) the same way', () => {
    for (let seed = 0; seed < 40; seed++) {
      const variation = { ...variationForSeed(seed), unknownEnums: seed % 2 ? 0.3 : 0 };
      const parsed = parseLeniently(read.schema, generated(read, seed, variation));
      expect(parsed.success, `seed ${seed}`).toBe(true);
      expect(unexpected(read, parsed.skipped), `seed ${seed}`).toEqual([]);
    }
  });
});

describe.each(BROWSER_READS.filter((r) => r.list))('GET $service $template: one bad record', (read) => {
  it('of ten costs that record: nine are read and one is counted, by the field that failed', () => {
    const answer = generated(read, 1, PLAIN);
    const records = (Array.isArray(answer) ? answer : (answer as { data: unknown[] }).data) as Record<
      string,
      unknown
    >[];
    const ten = Array.from({ length: 10 }, (_, i) => ({
      ...records[i % records.length],
      [read.list!.id]: i + 1,
    }));
    ten[3] = { ...ten[3], [read.list!.id]: 'four' };
    const value = Array.isArray(answer) ? ten : { ...(answer as object), data: ten };
    const parsed = parseLeniently(read.schema, value);
    expect(parsed.success).toBe(true);
    const data = parsed.success ? parsed.data : undefined;
    const kept = (Array.isArray(data) ? data : (data as { data: unknown[] }).data) as Record<
      string,
      unknown
    >[];
    expect(kept.map((r) => r[read.list!.id])).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10]);
    expect(parsed.skipped).toEqual([
      {
        noun: read.list!.noun,
        count: 1,
        findings: [{ field: read.list!.id, problem: 'is a string where a number is expected', count: 1 }],
      },
    ]);
  });
});
