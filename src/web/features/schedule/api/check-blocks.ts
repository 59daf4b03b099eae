import type { QueryClient } from '@tanstack/react-query';
import type { TimeBlockPatchItem, TimeBlockWithTask } from '@/api/time-block';
import { blocksChangedAfter } from '@/web/lib/freshness/change-check';
import { ConflictError, judgeWrite, planCheck } from '@/web/lib/freshness/conflict';
import { markVerified, viewCurrentAsOf } from '@/web/lib/freshness/read-times';
import { changesSince } from '@/web/lib/freshness/runs';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import type { CacheTargets } from './schedule-cache';
import {
  blockDiffers,
  blocksOutdated,
  checkRange,
  describeBlockChange,
  weekInstants,
} from './schedule-changes';

/** A block write not sent: someone else changed its blocks. */
export class BlockConflict extends ConflictError {
  constructor(message: string) {
    super(message, null);
  }
}

/**
 * Before a block write is sent: did someone else change its blocks since the week was read? Free on a week
 * read or checked under a minute ago; otherwise one request (the blocks around the week changed since,
 * newest first). Throws a BlockConflict, saying what happened, when the write would overwrite a change.
 * Returns whether something else in the week changed (re-read it after the write).
 */
export async function checkBlocks(
  qc: QueryClient,
  scope: WorkspaceScope,
  targets: CacheTargets,
  items: readonly TimeBlockPatchItem[],
  before: readonly TimeBlockWithTask[],
  force: boolean,
): Promise<{ othersChanged: boolean }> {
  const keys = [targets.weekKey];
  const plan = planCheck(viewCurrentAsOf(qc, keys), changesSince(qc, keys), Date.now(), force);
  if (plan.kind === 'none') return { othersChanged: false };
  const startedAt = Date.now();
  const { weekStart, zone, archived } = targets;
  const range = checkRange(weekStart, zone, archived);
  const { changed, complete } = await blocksChangedAfter(
    scope,
    range,
    plan.since,
    new AbortController().signal,
  );
  const shown = new Map(before.map((b) => [b.id, b]));
  const week = weekInstants(weekStart, zone);
  const verdict = judgeWrite(
    items.map((i) => i.id),
    changed,
    complete,
    (server) => {
      const copy = shown.get(server.id);
      return !copy || blockDiffers(server, copy);
    },
    (server) => blocksOutdated([server], before, week),
  );
  if (verdict.conflicts.length || verdict.unknown.length) {
    const said = verdict.conflicts.map(({ id, server }) =>
      shown.has(id) ? `${describeBlockChange(server, shown.get(id)!, zone)} while you were looking` : '',
    );
    if (verdict.unknown.length)
      said.push('So much changed since the week was read that the blocks could not be checked');
    throw new BlockConflict(said.filter(Boolean).join('. '));
  }
  if (!verdict.othersChanged) markVerified(qc, keys, startedAt);
  return verdict;
}
