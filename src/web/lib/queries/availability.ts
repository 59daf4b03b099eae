import { queryOptions } from '@tanstack/react-query';
import { publicHolidayListSchema } from '@/api/public-holiday';
import { timeOffListSchema, timeOffLiteListSchema } from '@/api/time-off';
import { workingHoursListSchema } from '@/api/working-hours';
import { api } from '../api-client';
import { queryKeys } from '../query-keys';
import { countingSkips } from '../skipped-records';
import type { DayRange } from '../time/calendar-day';

const orgPath = (organizationId: number) => `/organizations/${organizationId}`;
const sorted = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);

/**
 * A person's working week, time off and the public holidays of their country: one request each. The
 * windows are calendar days the upstream reads in UTC (`end` included).
 */
export const availabilityQueries = {
  workingHours: (organizationId: number, userId: number) =>
    queryOptions({
      queryKey: queryKeys.availability.workingHours(organizationId, userId),
      queryFn: ({ signal }) =>
        api('focus', `${orgPath(organizationId)}/workinghours/users/${userId}`, {
          schema: workingHoursListSchema,
          signal,
        }),
    }),

  /**
   * One person's entries with their category (needs the manager permission upstream); what the read left out
   * goes in the editor's notice.
   */
  timeOffOf: (organizationId: number, userId: number, range: DayRange) =>
    queryOptions({
      queryKey: queryKeys.availability.timeOffOf(organizationId, userId, range),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('focus', `${orgPath(organizationId)}/timeoff/users/${userId}`, {
            query: { from: range.start, to: range.end },
            schema: timeOffListSchema,
            signal,
            skips,
          }),
        ),
    }),

  /** Several people's entries without category or stamps (any member may read them). */
  timeOffOfUsers: (organizationId: number, userIds: Iterable<number>, range: DayRange) => {
    const ids = sorted(userIds);
    return queryOptions({
      queryKey: queryKeys.availability.timeOffOfUsers(organizationId, ids, range),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('focus', `${orgPath(organizationId)}/timeoff`, {
            query: { user_id: ids, start_date: range.start, end_date: range.end },
            schema: timeOffLiteListSchema,
            signal,
            skips,
          }),
        ),
    });
  },

  holidays: (organizationId: number, userIds: Iterable<number>, range: DayRange) => {
    const ids = sorted(userIds);
    return queryOptions({
      queryKey: queryKeys.availability.holidays(organizationId, ids, range),
      queryFn: ({ signal }) =>
        api('focus', `${orgPath(organizationId)}/public-holidays`, {
          query: { user_id: ids, start_date: range.start, end_date: range.end },
          schema: publicHolidayListSchema,
          signal,
        }),
      // Holidays do not change while the planner is open.
      staleTime: Infinity,
    });
  },
};
