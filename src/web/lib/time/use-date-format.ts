import { useQuery, type QueryClient } from '@tanstack/react-query';
import { createContext, useMemo } from 'react';
import { accountQueries } from '../queries/account';
import { dateFormatOf, dateSettingsFrom, DEFAULT_DATE_FORMAT, type DateFormat } from './user-format';

export type { DateFormat };

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
export const DateFormatContext = createContext<DateFormat>(DEFAULT_DATE_FORMAT);
