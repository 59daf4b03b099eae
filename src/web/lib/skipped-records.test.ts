import { describe, expect, it } from 'vitest';
import type { Skipped } from '@/api/lenient';
import { countingSkips, countingStream, publishSkipped, skippedNow } from './skipped-records';
import { skippedDetails, skippedSentence } from './skipped-words';

const tasks = (count: number): Skipped => ({
  noun: 'task',
  count,
  findings: [{ field: 'start_date', problem: 'is missing', count }],
});

describe('what reads left out', () => {
  it('is kept per query and page, summed over the pages of a view, and replaced by the next read', async () => {
    const key = ['timeline', 5, 'users', { start: '2026-06-01', end: '2026-08-31' }, {}];
    await countingSkips(key, async (skips) => skips.add([tasks(2)]), 1);
    await countingSkips(key, async (skips) => skips.add([tasks(1)]), 2);
    expect(skippedNow([key])).toEqual([tasks(3)]);
    // Another window of the grouping is another read.
    expect(skippedNow([['timeline', 5, 'users', { start: '2026-09-01', end: '2026-11-30' }, {}]])).toEqual(
      [],
    );
    // Page 1 read again, this time whole.
    await countingSkips(key, async () => undefined, 1);
    expect(skippedNow([key])).toEqual([tasks(1)]);
  });

  it('records a stream when it has ended, and nothing for a read that failed', async () => {
    const key = ['schedule', 5, 'weeks', '2026-06-01'];
    const stream = countingStream(key, async function* (skips) {
      yield [1];
      skips.add([tasks(4)]);
      yield [2];
    });
    const batches: number[][] = [];
    for await (const batch of stream) batches.push(batch);
    expect(batches).toEqual([[1], [2]]);
    expect(skippedNow([key])).toEqual([tasks(4)]);
    const failing = ['projects', 5, 'list'];
    await expect(
      countingSkips(failing, async (skips) => {
        skips.add([tasks(1)]);
        throw new Error('network');
      }),
    ).rejects.toThrow('network');
    expect(skippedNow([failing])).toEqual([]);
    publishSkipped(key, []);
    expect(skippedNow([key])).toEqual([]);
  });
});

describe('the notice', () => {
  it('says in plain words how many records of which kind could not be shown, and why for the curious', () => {
    const people: Skipped = {
      noun: 'person',
      count: 1,
      findings: [{ field: 'id', problem: 'is missing', count: 1 }],
    };
    expect(skippedSentence([tasks(3)])).toBe(
      '3 tasks could not be shown because Toggl sent data the planner does not understand.',
    );
    expect(skippedSentence([tasks(3), people])).toBe(
      '3 tasks and 1 person could not be shown because Toggl sent data the planner does not understand.',
    );
    expect(skippedDetails([tasks(3), people])).toEqual([
      'tasks: start_date is missing: 3 tasks',
      'people: id is missing: 1 person',
    ]);
  });
});
