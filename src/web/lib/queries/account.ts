import { queryOptions } from '@tanstack/react-query';
import { trackMeWithWorkspacesSchema, userSettingsSchema } from '@/api/user';
import { api } from '../api-client';
import { queryKeys } from '../query-keys';
import { countingSkips } from '../skipped-records';

/**
 * The signed-in account: who, which workspaces, which settings. Read once per session: the profile and the
 * workspaces in one request (`/me?with_related_data=true`; the proxy strips every `api_token` in it).
 */
export const accountQueries = {
  me: () =>
    queryOptions({
      queryKey: queryKeys.account.me(),
      queryFn: ({ signal, queryKey }) =>
        countingSkips(queryKey, (skips) =>
          api('track', '/me', {
            query: { with_related_data: true },
            schema: trackMeWithWorkspacesSchema,
            signal,
            skips,
          }),
        ),
      staleTime: Infinity,
    }),
  /** The user's workspaces, from the same read as `me`. */
  workspaces: () => queryOptions({ ...accountQueries.me(), select: (me) => me.workspaces ?? [] }),
  settings: () =>
    queryOptions({
      queryKey: queryKeys.account.settings(),
      queryFn: ({ signal }) => api('focus', '/users/me/settings', { schema: userSettingsSchema, signal }),
      staleTime: Infinity,
    }),
};
