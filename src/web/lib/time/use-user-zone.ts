import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { notifyInfo } from '../notifications';
import { accountQueries } from '../queries/account';
import { resolveZone, unknownZoneNotice, type ResolvedZone } from './zone';

// Zone settings already told about in this page's life: every view resolves the zone, the user hears it once.
const told = new Set<string>();

/** Tells the user, once per page life and unusable setting, which zone is shown instead. */
export function tellFallbackOnce({ zone, unknown }: ResolvedZone): void {
  if (unknown === null || told.has(unknown)) return;
  told.add(unknown);
  notifyInfo(unknownZoneNotice(unknown, zone));
}

/**
 * The zone the views show times in (resolveZone over the user's Toggl settings) and whether the settings
 * are still loading. A setting this browser cannot use falls back to the browser's zone, with one notice.
 */
export function useUserZone(): { zone: string; settingsPending: boolean } {
  const settings = useQuery(accountQueries.settings());
  const { zone, unknown } = resolveZone(settings.data?.timezone);
  useEffect(() => tellFallbackOnce({ zone, unknown }), [zone, unknown]);
  return { zone, settingsPending: settings.isPending };
}
