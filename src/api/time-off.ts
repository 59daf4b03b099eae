import { z } from 'zod';
import { calendarDate, csvIdsRequired, id, isCalendarDate, isRfc3339 } from './common';
import { lenientList } from './lenient';

const int = z.number().int();

/**
 * A boundary as read: an RFC 3339 time, or a plain day (not what Toggl documents, but one names an instant, its
 * UTC midnight, and the editor has always shown it so). Anything else (any string passes Toggl's schema) names
 * no instant: the views could neither place nor show the entry, so it is left out with a notice.
 */
const readBoundary = z.string().refine(namesInstant, { message: 'is not a date and time' });

function namesInstant(value: string): boolean {
  // The views read the text with Date.parse as it is: a leap second passes RFC 3339 but is NaN there.
  return (isRfc3339(value) || isCalendarDate(value)) && Number.isFinite(Date.parse(value));
}

export const TIME_OFF_TYPES = ['vacation', 'sick', 'parental', 'other'] as const;
export type TimeOffType = (typeof TIME_OFF_TYPES)[number];
export const timeOffTypeSchema = z.enum(TIME_OFF_TYPES);

/** timeoff.TimeOff: a user's time off with its category (GET/POST/PUT `/timeoff/users/{user}`). */
export const timeOffSchema = z.object({
  timeoff_id: int,
  user_id: int,
  organization_id: int,
  // RFC 3339 instants in UTC, kept as the strings they are.
  start_time: readBoundary,
  end_time: readBoundary,
  created_at: z.string(),
  updated_at: z.string(),
  // Omitted when the entry has no category; a plain string so a new category does not break a read.
  type: z.string().nullish(),
});
export type TimeOff = z.infer<typeof timeOffSchema>;
export const timeOffListSchema = lenientList(timeOffSchema, 'time off period');

/** shareddata.TimeOffWithoutPersonalInfo: the organization-wide read (no category, no audit stamps). */
export const timeOffLiteSchema = z.object({
  timeoff_id: int,
  user_id: int,
  start_time: readBoundary,
  end_time: readBoundary,
});
export type TimeOffLite = z.infer<typeof timeOffLiteSchema>;
export const timeOffLiteListSchema = lenientList(timeOffLiteSchema, 'time off period');

/**
 * A time-off boundary as the upstream stores it: "Send it in UTC: offsets are discarded, not converted", so
 * `09:00:00+02:00` is stored as `09:00:00Z`. The clock reading is kept to whole seconds.
 */
export function discardOffset(value: string): string {
  return `${value.slice(0, 10)}T${value.slice(11, 19)}Z`;
}

const boundary = z
  .string()
  .refine(isRfc3339, { message: 'must be an RFC 3339 timestamp, e.g. 2026-03-16T09:00:00Z' })
  .transform(discardOffset)
  // A leap second (:60) passes RFC 3339 but is no instant once the offset is gone.
  .refine((v) => Number.isFinite(Date.parse(v)), { message: 'is not a real time' });

const ordered = (p: { start_time: string; end_time: string }) => p.end_time > p.start_time;
const orderedIssue = { message: 'must be after start_time', path: ['end_time'] };

/** timeoff.TimeOffBatchCreateInput. */
const createItem = z
  .object({ start_time: boundary, end_time: boundary, type: timeOffTypeSchema.optional() })
  .refine(ordered, orderedIssue);

/** timeoff.TimeOffBatchUpdateInput: replaces the entry in full (no `type` clears the category). */
const updateItem = z
  .object({ timeoff_id: id, start_time: boundary, end_time: boundary, type: timeOffTypeSchema.optional() })
  .refine(ordered, orderedIssue);

const MAX_ITEMS = 100;
const itemsOf = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1, { message: 'must hold at least one entry' })
    .max(MAX_ITEMS, { message: `must hold at most ${MAX_ITEMS} entries` });

export const timeOffCreateSchema = itemsOf(createItem);
export type TimeOffCreate = z.input<typeof timeOffCreateSchema>;
export const timeOffUpdateSchema = itemsOf(updateItem);
export type TimeOffUpdate = z.input<typeof timeOffUpdateSchema>;
export const timeOffDeleteSchema = itemsOf(id);

/** Query of GET `/timeoff/users/{user}`: `from`/`to` dates, in UTC, `to` inclusive. */
export const timeOffUserQuerySchema = z
  .object({ from: calendarDate, to: calendarDate })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] });

/** Query of GET `/timeoff` and `/public-holidays`: the users (csv, repeatable) and a date window. */
export const usersWindowQuerySchema = z
  .object({ user_id: csvIdsRequired(100), start_date: calendarDate, end_date: calendarDate })
  .refine((q) => q.start_date <= q.end_date, {
    message: 'start_date must not be after end_date',
    path: ['end_date'],
  });
export type UsersWindowQuery = z.infer<typeof usersWindowQuerySchema>;
