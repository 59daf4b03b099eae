import { describe, expect, it } from 'vitest';
import type { TaskWithAggregations } from '@/api/task';
import type { TimeBlockWithTask } from '@/api/time-block';
import { blockDiffers, blocksOutdated, describeBlockChange, taskListOutdated } from './schedule-changes';

const block = (id: number, extra: Partial<TimeBlockWithTask> = {}): TimeBlockWithTask => ({
  id,
  workspace_id: 1,
  task_id: 5,
  toggl_user_id: 7,
  start: '2026-11-24T09:00:00Z',
  duration: 3600,
  created_at: '2026-11-01T00:00:00Z',
  has_time_entry: false,
  ...extra,
});
const week = { from: Date.parse('2026-11-23T00:00:00Z'), to: Date.parse('2026-11-28T00:00:00Z') };

describe('blocks changed by someone else', () => {
  it('differ by start (as an instant), length, task, completion or archive; not by other fields', () => {
    expect(blockDiffers(block(1, { start: '2026-11-24T10:00:00+01:00' }), block(1))).toBe(false);
    expect(blockDiffers(block(1, { start: '2026-11-24T10:00:00Z' }), block(1))).toBe(true);
    expect(blockDiffers(block(1, { duration: 1800 }), block(1))).toBe(true);
    expect(blockDiffers(block(1, { task_id: 6 }), block(1))).toBe(true);
    expect(blockDiffers(block(1, { completed_at: '2026-11-24T11:00:00Z' }), block(1))).toBe(true);
    expect(
      blockDiffers(block(1, { description: 'note', updated_at: '2026-11-24T12:00:00Z' }), block(1)),
    ).toBe(false);
  });

  it('outdate the week when a shown block differs or a new one starts in it', () => {
    expect(blocksOutdated([block(1)], [block(1)], week)).toBe(false);
    expect(blocksOutdated([block(1, { duration: 60 })], [block(1)], week)).toBe(true);
    expect(blocksOutdated([block(2)], [block(1)], week)).toBe(true);
    expect(blocksOutdated([block(2, { start: '2026-12-24T09:00:00Z' })], [block(1)], week)).toBe(false);
  });

  it('are described in plain words, in the user’s zone', () => {
    const shown = block(1, { task: { name: 'Design' } as TimeBlockWithTask['task'] });
    expect(
      describeBlockChange(block(1, { start: '2026-11-24T13:00:00Z', duration: 1800 }), shown, 'UTC'),
    ).toMatch(/^Someone else moved the ‘Design’ block to .*(13:00|01:00 PM) and made it 30 min long$/);
  });
});

describe('side-list tasks changed by someone else', () => {
  const listed = {
    id: 5,
    name: 'Design',
    status_id: 1,
    start_date: '2026-11-23',
    end_date: '2026-11-27',
  } as TaskWithAggregations;
  const wk = { start: '2026-11-23', end: '2026-11-29' };
  it('outdate the list when a listed task shows otherwise or a new one falls in the week', () => {
    expect(taskListOutdated([listed], [listed], wk)).toBe(false);
    expect(taskListOutdated([{ ...listed, name: 'Renamed' }], [listed], wk)).toBe(true);
    expect(taskListOutdated([{ ...listed, id: 6 }], [listed], wk)).toBe(true);
    expect(
      taskListOutdated(
        [{ ...listed, id: 6, start_date: '2027-01-01', end_date: '2027-01-02' }],
        [listed],
        wk,
      ),
    ).toBe(false);
  });
});
