import { z } from 'zod';
import { id } from './common';

const int = z.number().int();

/**
 * Weekdays as the upstream (Go's time.Weekday) numbers them: 0 = Sunday ... 6 = Saturday. The OpenAPI
 * bounds `weekday` to 0..6 without naming day 0; Sunday is what `start_week_on` (0 Sunday, 1 Monday) uses too.
 */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/** shareddata.WorkingHours: one weekday of a user's working week (hours from `starting_hours`, local time). */
export const workingHoursSchema = z.object({
  working_hour_id: int,
  organization_id: int,
  working_hours: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
  user_id: int.nullish(),
  weekday: int.nullish(),
  starting_hours: z.number().nullish(),
  external_entity_id: int.nullish(),
  external_entity_type: z.string().nullish(),
});
export type WorkingHours = z.infer<typeof workingHoursSchema>;
export const workingHoursListSchema = z.array(workingHoursSchema);

const WEEKDAY_TEXT = 'must be a weekday number, 0 (Sunday) to 6 (Saturday)';
const weekday = z
  .number({
    error: (issue) =>
      issue.input === undefined ? 'is required: working hours are kept per weekday' : WEEKDAY_TEXT,
  })
  .int({ message: WEEKDAY_TEXT })
  .min(0, { message: WEEKDAY_TEXT })
  .max(6, { message: WEEKDAY_TEXT });

/**
 * Hours of one weekday. The OpenAPI allows up to 168 (a week's hours) and no minimum; an entry here is
 * always one weekday, so more than 24 hours, or fewer than 0, is refused rather than stored as nonsense.
 */
const dayHours = z
  .number({ message: 'must be a number of hours' })
  .finite()
  .min(0, { message: 'must not be negative' })
  .max(24, { message: 'must be at most 24 hours a day' });

/** The days of one request must be distinct (one entry per weekday and user). */
function distinctWeekdays(items: readonly { weekday?: number }[], ctx: z.RefinementCtx) {
  const seen = new Set<number>();
  items.forEach((item, i) => {
    if (item.weekday === undefined) return;
    if (seen.has(item.weekday))
      ctx.addIssue({
        code: 'custom',
        message: `weekday ${item.weekday} is listed twice`,
        path: [i, 'weekday'],
      });
    seen.add(item.weekday);
  });
}

/**
 * shareddata.WorkingHoursCreateInput[] (POST). `weekday` is optional in the OpenAPI, which does not say what
 * an entry without one means; the local API keeps hours per weekday and asks for it.
 */
export const workingHoursCreateSchema = z
  .array(
    z.object({
      weekday,
      working_hours: dayHours,
    }),
  )
  .min(1, { message: 'must hold at least one weekday' })
  .max(7, { message: 'must hold at most seven weekdays' })
  .superRefine(distinctWeekdays);
export type WorkingHoursCreate = z.infer<typeof workingHoursCreateSchema>;

/** shareddata.WorkingHoursUpdateInput[] (PUT): `weekday` left out keeps the entry's day. */
export const workingHoursUpdateSchema = z
  .array(z.object({ working_hour_id: id, weekday: weekday.optional(), working_hours: dayHours }))
  .min(1, { message: 'must hold at least one entry' })
  .max(7, { message: 'must hold at most seven entries' })
  .superRefine((items, ctx) => {
    distinctWeekdays(items, ctx);
    const ids = new Set<number>();
    items.forEach((item, i) => {
      if (ids.has(item.working_hour_id))
        ctx.addIssue({ code: 'custom', message: 'is listed twice', path: [i, 'working_hour_id'] });
      ids.add(item.working_hour_id);
    });
  });
export type WorkingHoursUpdate = z.infer<typeof workingHoursUpdateSchema>;

/** Working hour ids (DELETE body). */
export const workingHoursDeleteSchema = z
  .array(id)
  .min(1, { message: 'must list at least one id' })
  .max(100, { message: 'must list at most 100 ids' });
