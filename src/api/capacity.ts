import { z } from 'zod';
import { calendarDate, csvEnum, csvIdsRequired, queryBool } from './common';
import { dayDiff } from './utc-days';

const int = z.number().int();

export const CAPACITY_UNITS = ['day', 'week', 'month', 'quarter'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];
export const CAPACITY_TASK_SOURCES = ['focus', 'google_calendar', 'outlook_calendar'] as const;

/** Longest window one read may ask for, in days (a year and a day, so any year fits). */
export const MAX_CAPACITY_DAYS = 366;
/** Most users one read may ask for. */
export const MAX_CAPACITY_USERS = 100;

/** models.Computation: one user's numbers for one day, or for the period that starts on `date`. */
export const computationSchema = z.object({
  date: z.string(),
  working_minutes: int,
  time_off_minutes: int,
  estimated_minutes: int,
  estimated_remaining_minutes: int,
  assigned_tasks_count: int,
});
export type Computation = z.infer<typeof computationSchema>;

/** models.ComputationGroup: the computations of one user (`type` is "user"; a plain string for what comes). */
export const computationGroupSchema = z.object({
  id: int,
  type: z.string(),
  computations: z.array(computationSchema),
});
export type ComputationGroup = z.infer<typeof computationGroupSchema>;
export const computationGroupsSchema = z.array(computationGroupSchema);

export const capacityGroupSchema = z.enum(['users']);

/** Query of GET `/organizations/{org}/workspaces/{ws}/capacities/{group}`. */
export const capacityQuerySchema = z
  .object({
    user_id: csvIdsRequired(MAX_CAPACITY_USERS),
    start_date: calendarDate,
    end_date: calendarDate,
    private: queryBool.optional(),
    task_source: csvEnum(CAPACITY_TASK_SOURCES).optional(),
    unit: z.enum(CAPACITY_UNITS).optional(),
    include_drafts: queryBool.optional(),
  })
  .refine((q) => q.start_date <= q.end_date, {
    message: 'start_date must not be after end_date',
    path: ['end_date'],
  })
  .refine((q) => dayDiff(q.start_date, q.end_date) + 1 <= MAX_CAPACITY_DAYS, {
    message: `the window must span at most ${MAX_CAPACITY_DAYS} days`,
    path: ['end_date'],
  });
export type CapacityQuery = z.infer<typeof capacityQuerySchema>;
