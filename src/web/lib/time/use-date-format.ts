import { useQuery, type QueryClient } from '@tanstack/react-query';
import { createContext, useMemo } from 'react';
import { accountQueries } from '../queries/account';
import type { Day } from './calendar-day';
import {
  dateSettingsFrom,
  DEFAULT_DATE_SETTINGS,
  formatClock,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatHour,
  formatShortDate,
  formatWeekdayDate,
  type DateSettings,
} from './user-format';

/** The user-format functions bound to the signed-in user's settings (stable while the settings stay). */
export interface DateFormat {
  settings: DateSettings;
  date: (day: Day) => string;
  shortDate: (day: Day) => string;
  weekdayDate: (day: Day) => string;
  range: (start: Day | null | undefined, end: Day | null | undefined) => string;
  hour: (hour: number) => string;
  clock: (instant: number, zone: string) => string;
  dateTime: (instant: number, zone: string) => string;
}

/** The user-format functions bound to `settings`. */
export function dateFormatOf(settings: DateSettings): DateFormat {
  return {
    settings,
    date: (day) => formatDate(day, settings),
    shortDate: (day) => formatShortDate(day, settings),
    weekdayDate: (day) => formatWeekdayDate(day, settings),
    range: (start, end) => formatDateRange(start, end, settings),
    hour: (hour) => formatHour(hour, settings),
    clock: (instant, zone) => formatClock(instant, zone, settings),
    dateTime: (instant, zone) => formatDateTime(instant, zone, settings),
  };
}

/**
 * How this user writes dates and times, from the settings the app reads anyway (Focus settings, Track `/me`;
 * no extra request). The defaults apply until they arrive, or when they cannot be read.
 */
export function useDateFormat(): DateFormat {
  const focus = useQuery(accountQueries.settings()).data;
  const track = useQuery(accountQueries.me()).data;
  const settings = useMemo(() => dateSettingsFrom(focus, track), [focus, track]);
  return useMemo(() => dateFormatOf(settings), [settings]);
}

/** The same, for code outside React (a write's messages): from the account reads in the Query cache. */
export function dateFormatIn(qc: QueryClient): DateFormat {
  return dateFormatOf(
    dateSettingsFrom(
      qc.getQueryData(accountQueries.settings().queryKey),
      qc.getQueryData(accountQueries.me().queryKey),
    ),
  );
}

/**
 * A view's `useDateFormat()`, given once by the page to what it draws many times (the Timeline's bars and
 * flags), so each of them does not subscribe to the account reads itself.
 */
export const DateFormatContext = createContext<DateFormat>(dateFormatOf(DEFAULT_DATE_SETTINGS));
