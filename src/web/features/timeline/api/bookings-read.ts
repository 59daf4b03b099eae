import type { SkipTally } from '@/api/lenient';
import type { QueryValue } from '@/api/common';
import { readInWorker } from '@/web/lib/read-in-worker';
import { attachNear } from '@/web/lib/near-blocks';
import type { TaskBooking } from '../bookings';
import { bookingsSession, type BookingsJob } from './bookings-session';

/** Booked time per task over a window's blocks, read in a worker (`bookingsSession`). */
export async function readBookings(
  path: string,
  opts: { query: Record<string, QueryValue>; job: BookingsJob; skips?: SkipTally; signal?: AbortSignal },
): Promise<Map<number, TaskBooking>> {
  const read = {
    worker: () => new Worker(new URL('./bookings-worker.ts', import.meta.url), { type: 'module' }),
    session: bookingsSession,
    job: opts.job,
  };
  for await (const result of readInWorker(path, read, opts)) {
    opts.skips?.add(result.skipped);
    attachNear(result.bookings, result.near);
    return result.bookings;
  }
  throw new Error('The booked time was not read.');
}
