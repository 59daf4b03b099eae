import { queryOptions } from '@tanstack/react-query';
import { trackMeSchema, trackWorkspacesSchema, userSettingsSchema } from '@/api/user';
import { api } from '../api-client';

/** The signed-in account: who, which workspaces, which settings. Read once per session. */
export const accountQueries = {
  all: () => ['account'] as const,
  me: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'me'] as const,
      queryFn: ({ signal }) => api('track', '/me', { schema: trackMeSchema, signal }),
      staleTime: Infinity,
    }),
  workspaces: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'workspaces'] as const,
      queryFn: ({ signal }) => api('track', '/me/workspaces', { schema: trackWorkspacesSchema, signal }),
      staleTime: Infinity,
    }),
  settings: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'settings'] as const,
      queryFn: ({ signal }) => api('focus', '/users/me/settings', { schema: userSettingsSchema, signal }),
      staleTime: Infinity,
    }),
};
