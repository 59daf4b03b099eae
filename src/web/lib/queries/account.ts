import { queryOptions } from '@tanstack/react-query';
import { trackMeSchema, trackWorkspacesSchema, userSettingsSchema } from '@/api/user';
import { api } from '../api-client';
import { queryKeys } from '../query-keys';
import { countingSkips } from '../skipped-records';

/**
 * The signed-in account: who, which workspaces, which settings. Read once per session. The workspaces are their
 * own read: `/me?with_related_data=true` would save that request but brings every project, task, tag and recent
 * time entry of the account with it (megabytes on a large account, for a list of workspaces).
 */
export const accountQueries = {
  me: () =>
    queryOptions({
      queryKey: queryKeys.account.me(),
      queryFn: ({ signal }) => api('track', '/me', { schema: trackMeSchema, signal }),
      staleTime: Infinity,
    }),
  workspaces: () =>
    queryOptions({
      queryKey: queryKeys.account.workspaces(),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('track', '/me/workspaces', { schema: trackWorkspacesSchema, signal, skips }),
        ),
      staleTime: Infinity,
    }),
  settings: () =>
    queryOptions({
      queryKey: queryKeys.account.settings(),
      queryFn: ({ signal }) => api('focus', '/users/me/settings', { schema: userSettingsSchema, signal }),
      staleTime: Infinity,
    }),
};
