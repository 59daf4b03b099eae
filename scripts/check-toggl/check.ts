import type { Upstream } from '@/server/proxy/upstreams';
import { createReadOnlyClient, StopCheck, type ReadOnlyClient } from './client';
import { ACCOUNT_READS, REQUEST_BUDGET, workspaceReads, type Read } from './reads';
import { understandList, understandObject, type Understanding } from './understand';

export interface ReadResult {
  what: string;
  noun?: string;
  /** Toggl's answer was not a success: what it said, in words. */
  error?: string;
  /** Toggl refused a read it may refuse to some roles, and what the planner does instead (not a failure). */
  note?: string;
  understanding?: Understanding;
  nested?: { noun: string; understanding: Understanding };
}

export interface CheckReport {
  budget: number;
  requests: number;
  quotaRemaining?: number;
  /** Why the check stopped before its last read. */
  stopped?: string;
  workspace?: { id: number; organizationId: number };
  reads: ReadResult[];
}

const REFUSED: Record<'focus' | 'track', string> = {
  focus:
    'Toggl Focus refused the credentials: check TOGGL_FOCUS_API_KEY (or TOGGL_EMAIL and TOGGL_PASSWORD).',
  track: 'Toggl Track refused the credentials: check TOGGL_API_TOKEN (or TOGGL_EMAIL and TOGGL_PASSWORD).',
};

/** Reads what the planner reads on opening and says, per read, what it could not understand. Never writes. */
export async function checkToggl(
  upstreams: Record<'focus' | 'track', Upstream>,
  opts: { timeoutMs: number; today?: Date },
): Promise<CheckReport> {
  const client = createReadOnlyClient(upstreams, REQUEST_BUDGET, opts.timeoutMs);
  const report: CheckReport = { budget: REQUEST_BUDGET, requests: 0, reads: [] };
  const answers = new Map<string, unknown>();
  try {
    for (const read of ACCOUNT_READS) {
      const result = await perform(client, read, answers);
      report.reads.push(result);
      if (result.error === REFUSED[read.service]) throw new StopCheck(result.error);
    }
    const workspace = pickWorkspace(answers.get('/me'), answers.get('/me/workspaces'));
    if (!workspace) throw new StopCheck('None of your workspaces can be opened by the planner (see above).');
    report.workspace = workspace;
    for (const read of workspaceReads(workspace.organizationId, workspace.id, opts.today ?? new Date()))
      report.reads.push(await perform(client, read, answers));
  } catch (err) {
    if (!(err instanceof StopCheck)) throw err;
    report.stopped = err.message;
  }
  return { ...report, requests: client.count, quotaRemaining: client.quotaRemaining };
}

async function perform(
  client: ReadOnlyClient,
  read: Read,
  answers: Map<string, unknown>,
): Promise<ReadResult> {
  const answer = await client.get(read.service, read.path, read.query);
  if (answer.status === 403 && read.whenRefused) return { what: read.what, note: read.whenRefused };
  if (answer.status === 401 || answer.status === 403)
    return { what: read.what, error: REFUSED[read.service] };
  if (answer.status < 200 || answer.status > 299)
    return { what: read.what, error: `Toggl answered HTTP ${answer.status} instead of the data.` };
  answers.set(read.path, answer.json);
  const result: ReadResult = {
    what: read.what,
    noun: read.noun,
    understanding: read.object
      ? withZoneCheck(read, answer.json, understandObject(answer.json, read.object))
      : understandList(answer.json, read.item!, read.envelope, read.nested?.field),
  };
  if (read.nested) {
    const records = listOf(answer.json).flatMap((r) =>
      listOf((r as Record<string, unknown> | null)?.[read.nested!.field]),
    );
    result.nested = { noun: read.nested.noun, understanding: understandList(records, read.nested.item) };
  }
  return result;
}

const listOf = (v: unknown): unknown[] =>
  Array.isArray(v)
    ? v
    : v && typeof v === 'object' && Array.isArray((v as { data?: unknown }).data)
      ? (v as { data: unknown[] }).data
      : [];

/** The settings' time zone must be one the browser knows: the Timeline draws its days in it. */
function withZoneCheck(read: Read, json: unknown, understanding: Understanding): Understanding {
  const zone =
    read.path === '/users/me/settings' ? (json as { timezone?: unknown } | null)?.timezone : undefined;
  if (typeof zone !== 'string' || zone === '' || isTimeZone(zone)) return understanding;
  return {
    ...understanding,
    unreadable: 1,
    findings: [
      ...understanding.findings,
      { field: 'timezone', problem: `"${zone.slice(0, 40)}" is not a time zone the browser knows`, count: 1 },
    ],
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The workspace the planner would open (web/lib/workspace.ts pickWorkspace): the default one if it can open it,
 * else the first it can open (an id and an organization; a missing name is shown as the id).
 */
function pickWorkspace(me: unknown, workspaces: unknown): CheckReport['workspace'] {
  const usable = listOf(workspaces).flatMap((w) => {
    const { id, organization_id: org } = (w ?? {}) as { id?: unknown; organization_id?: unknown };
    return Number.isInteger(id) && (id as number) > 0 && Number.isInteger(org) && (org as number) > 0
      ? [{ id: id as number, organizationId: org as number }]
      : [];
  });
  const preferred = (me as { default_workspace_id?: unknown } | null)?.default_workspace_id;
  return usable.find((w) => w.id === preferred) ?? usable[0];
}
