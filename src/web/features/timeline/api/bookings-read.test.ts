import { afterEach, describe, expect, it, vi } from 'vitest';
import { SkipTally } from '@/api/lenient';
import { chunkedAnswer, FakeWorker } from '@/web/lib/fake-worker.test-helpers';
import { nearBlocksOf } from '@/web/lib/near-blocks';
import { bookingsByTask } from '../bookings';
import { readBookings } from './bookings-read';
import { bookingsSession } from './bookings-session';

const block = (id: number, taskId: number, start: string, extra: Record<string, unknown> = {}) => ({
  id,
  workspace_id: 2,
  task_id: taskId,
  toggl_user_id: 7,
  start,
  duration: 5400,
  created_at: '2026-11-01T00:00:00Z',
  has_time_entry: false,
  completed_at: id % 3 ? null : '2026-11-20T10:00:00Z',
  task: { id: taskId, name: `Task ${taskId} – café`, big: 'x'.repeat(200) },
  ...extra,
});

/** 600 blocks of 40 tasks over November (Berlin evenings cross midnight in UTC+1). */
const november = () =>
  Array.from({ length: 600 }, (_, i) => {
    const day = String(1 + (i % 30)).padStart(2, '0');
    return block(i + 1, 500 + (i % 40), `2026-11-${day}T${i % 2 ? '23:30' : '08:00'}:00Z`);
  });

const workers = () => FakeWorker.stub(bookingsSession);

const near = { from: Date.parse('2026-11-23T00:00:00Z'), to: Date.parse('2026-11-25T00:00:00Z') };

describe('readBookings', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('folds the blocks in its worker into the booked time the page would have folded', async () => {
    const made = workers();
    const blocks = november();
    vi.stubGlobal('fetch', async () => chunkedAnswer(JSON.stringify(blocks), 17));
    const zone = 'Europe/Berlin';
    const bookings = await readBookings('/x', { query: {}, job: { zone, near } });
    expect(bookings).toEqual(bookingsByTask(blocks, zone));
    expect(bookings.size).toBe(40);
    expect(made).toHaveLength(1);
    expect(String(made[0].url)).toMatch(/bookings-worker\.ts$/);
    expect(made[0].terminated).toBe(true);
  });

  it("keeps the blocks near today whole, as sent, on the read's result", async () => {
    workers();
    const blocks = november();
    vi.stubGlobal('fetch', async () => chunkedAnswer(JSON.stringify(blocks), 5));
    const bookings = await readBookings('/x', { query: {}, job: { zone: 'UTC', near } });
    const kept = nearBlocksOf(bookings);
    expect(kept).toMatchObject(near);
    // The 23rd and 24th (each block lasts 1.5 h: the 22nd's 23:30 block reaches into the 23rd).
    const expected = blocks.filter((b) => b.start >= '2026-11-22T23:30' && b.start < '2026-11-25');
    expect(kept!.records).toEqual(expected);
  });

  it('counts the blocks it could not read and books nothing for them', async () => {
    workers();
    const blocks = [
      block(1, 7, '2026-11-02T08:00:00Z'),
      block(2, 7, '2026-11-03T08:00:00Z', { duration: 'long' }),
    ];
    vi.stubGlobal('fetch', async () => chunkedAnswer(JSON.stringify(blocks), 2));
    const skips = new SkipTally();
    const bookings = await readBookings('/x', { query: {}, job: { zone: 'UTC', near }, skips });
    expect(bookings.get(7)).toEqual({
      bookedSecs: 5400,
      days: [{ day: '2026-11-02', done: false, blocks: 1 }],
    });
    expect(skips.result()).toEqual([
      { noun: 'time block', count: 1, findings: [expect.objectContaining({ field: 'duration' })] },
    ]);
  });

  it("leaves out a block whose start names no instant (Toggl's schema allows any text): the rest still fold", async () => {
    workers();
    const blocks = [
      block(1, 7, '2026-11-02T08:00:00Z'),
      block(2, 7, 'soon'),
      block(3, 7, '2026-13-45T99:00:00Z'),
      block(4, 7, '2026-11-04T08:00:00'),
    ];
    vi.stubGlobal('fetch', async () => chunkedAnswer(JSON.stringify(blocks), 3));
    const skips = new SkipTally();
    const bookings = await readBookings('/x', { query: {}, job: { zone: 'UTC', near }, skips });
    expect(bookings.get(7)).toEqual({
      bookedSecs: 5400,
      days: [{ day: '2026-11-02', done: false, blocks: 1 }],
    });
    expect(skips.result()).toEqual([
      {
        noun: 'time block',
        count: 3,
        findings: [
          expect.objectContaining({
            field: 'start',
            problem: 'is not a date and time with its time zone',
            count: 3,
          }),
        ],
      },
    ]);
  });
});
