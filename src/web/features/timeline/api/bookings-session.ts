import { SkipTally, type Skipped } from '@/api/lenient';
import { timeBlockSchema } from '@/api/time-block';
import { arrayStreamParser } from '@/web/lib/array-stream-parser';
import { nearBlockKeeper, type NearBlocks } from '@/web/lib/near-blocks';
import type { SessionFactory } from '@/web/lib/stream-job';
import { bookingFold, type TaskBooking } from '../bookings';

/** What the booked-day marks read of a streamed block (its embedded task is set aside unparsed: `omit`). */
const blockMarkSchema = timeBlockSchema.pick({
  id: true,
  task_id: true,
  start: true,
  duration: true,
  completed_at: true,
  archived_at: true,
});

export interface BookingsJob {
  zone: string;
  /** The instants whose blocks are kept whole for the Schedule (nearBlockKeeper), [from, to). */
  near: { from: number; to: number };
}

export interface BookingsResult {
  bookings: Map<number, TaskBooking>;
  near: NearBlocks | undefined;
  skipped: Skipped[];
}

/**
 * The worker's reading of a window's blocks: folded into booked time per task as they arrive (`bookingFold`),
 * keeping the few near today whole; only the fold is posted, once, at the end (the blocks never reach the page).
 */
export const bookingsSession: SessionFactory<BookingsJob, BookingsResult> = ({ zone, near }, post) => {
  const skips = new SkipTally();
  const fold = bookingFold(zone);
  const keeper = nearBlockKeeper(near.from, near.to);
  const parser = arrayStreamParser({
    item: blockMarkSchema,
    noun: 'time block',
    skips,
    // Parsed only for the few blocks kept whole for the Schedule (keeper.offer asks for their record).
    omit: 'task',
    onItem: keeper.offer,
  });
  return {
    bytes: (chunk) => fold.add(parser.push(chunk)),
    end() {
      parser.end();
      post({ bookings: fold.result(), near: keeper.kept(), skipped: skips.result() });
    },
  };
};
