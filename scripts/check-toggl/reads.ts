import type { z } from 'zod';
import { projectPageSchema, projectWithAggregationsSchema } from '@/api/project';
import { taskGroupEntrySchema, taskGroupPageSchema, taskGroupSchema } from '@/api/task-group';
import { timeBlockWithTaskSchema } from '@/api/time-block';
import {
  organizationUserSchema,
  trackMeSchema,
  trackWorkspaceSchema,
  userSettingsSchema,
  workspaceUserSchema,
} from '@/api/user';
import { statusPageSchema, statusSchema, tagPageSchema, tagSchema } from '@/api/workspace';

/** One read the planner makes when it opens, and how it parses the answer (the browser's own schemas). */
export interface Read {
  /** What it is, in the words of the report: "projects", "the Timeline by people". */
  what: string;
  /** What one record is called: "project", "group" (lists only). */
  noun?: string;
  service: 'focus' | 'track';
  path: string;
  query?: Record<string, string>;
  /** A single object, or a list of records (inside a page envelope when `envelope` is set). */
  object?: z.ZodType;
  item?: z.ZodType;
  envelope?: z.ZodType;
  /** Records nested in each record, counted on their own line (the tasks of a task group). */
  nested?: { noun: string; field: string; item: z.ZodType };
  /** A read Toggl may refuse to some roles, and what the planner does then (a refusal is then no failure). */
  whenRefused?: string;
}

export const ACCOUNT_READS: Read[] = [
  { what: 'your Track profile', service: 'track', path: '/me', object: trackMeSchema },
  {
    what: 'your workspaces',
    noun: 'workspace',
    service: 'track',
    path: '/me/workspaces',
    item: trackWorkspaceSchema,
  },
  { what: 'your Focus settings', service: 'focus', path: '/users/me/settings', object: userSettingsSchema },
];

const GROUPINGS = [
  ['users', 'people'],
  ['projects', 'projects'],
  ['tags', 'tags'],
] as const;

const day = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

/** The reads of one workspace, as the planner's views make them first thing (one page each). */
export function workspaceReads(organizationId: number, workspaceId: number, today: Date): Read[] {
  const ws = `/organizations/${organizationId}/workspaces/${workspaceId}`;
  const page = { page: '1', per_page: '100' };
  // The Timeline reads whole months around the view: last month to two months ahead.
  const [y, m] = [today.getUTCFullYear(), today.getUTCMonth()];
  const window = { start_date: day(utc(y, m - 1, 1)), end_date: day(utc(y, m + 3, 0)) };
  // The Schedule reads this work week, Monday 00:00 to Saturday 00:00 (UTC here).
  const monday = utc(y, m, today.getUTCDate() - ((today.getUTCDay() + 6) % 7));
  const saturday = utc(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate() + 5);
  return [
    {
      what: 'the organization’s users',
      noun: 'user',
      service: 'focus',
      path: `/organizations/${organizationId}/users`,
      query: page,
      item: organizationUserSchema,
    },
    {
      what: 'the workspace’s members',
      noun: 'person',
      service: 'track',
      path: `/workspaces/${workspaceId}/users`,
      query: { exclude_deleted: 'true' },
      item: workspaceUserSchema,
      whenRefused:
        'Toggl Track does not list them for your role; the planner names people from the organization’s users instead.',
    },
    {
      what: 'task statuses',
      noun: 'status',
      service: 'focus',
      path: `/workspaces/${workspaceId}/statuses`,
      query: page,
      item: statusSchema,
      envelope: statusPageSchema,
    },
    {
      what: 'tags',
      noun: 'tag',
      service: 'focus',
      path: `/workspaces/${workspaceId}/tags`,
      query: { order_by: 'name', ...page },
      item: tagSchema,
      envelope: tagPageSchema,
    },
    {
      what: 'projects',
      noun: 'project',
      service: 'focus',
      path: `${ws}/projects`,
      query: page,
      item: projectWithAggregationsSchema,
      envelope: projectPageSchema,
    },
    ...GROUPINGS.map(([group, words]): Read => ({
      what: `the Timeline by ${words}`,
      noun: 'group',
      service: 'focus',
      path: `${ws}/tasks/groups/${group}`,
      query: { ...window, ...page },
      item: taskGroupSchema,
      envelope: taskGroupPageSchema,
      nested: { noun: 'task', field: 'tasks', item: taskGroupEntrySchema },
    })),
    {
      what: 'this week’s time blocks',
      noun: 'time block',
      service: 'focus',
      path: `${ws}/time-blocks/stream`,
      query: {
        archived: 'false',
        date_from: monday.toISOString().replace('.000Z', 'Z'),
        date_to: saturday.toISOString().replace('.000Z', 'Z'),
      },
      item: timeBlockWithTaskSchema,
    },
  ];
}

/** How many requests the check spends at most: the account reads plus one workspace's reads. */
export const REQUEST_BUDGET = ACCOUNT_READS.length + workspaceReads(1, 1, new Date()).length;
