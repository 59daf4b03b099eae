import type { Config } from '@/server/config';

export interface Upstream {
  /** `focus` or `track`: the path prefix under `/api/` and the quota gate's key. */
  name: 'focus' | 'track';
  /** Base URL without a trailing slash, e.g. `https://focus.toggl.com/api`. */
  base: string;
  /** The Authorization header value added to every request. Never logged, never sent to the browser. */
  authorization: string;
  /** Paths (below the base) whose JSON responses must have `api_token` removed. */
  cleanPaths: RegExp[];
}

/**
 * Track's paths whose answers carry the account's `api_token` (`/me` and below), in any letter case: they are
 * matched against the path as the upstream routes it (proxy.ts, canonicalPath).
 */
export const TRACK_CLEAN_PATHS: readonly RegExp[] = [/^\/me(\/|$)/i];

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

/** Where each upstream is and how to authenticate with it, for the configured mode. */
export function resolveUpstreams(
  config: Config,
  local?: { port: number; email: string; password: string },
): Record<Upstream['name'], Upstream> {
  if (config.mode === 'local') {
    if (!local) throw new Error('local mode needs the local API');
    const auth = basic(local.email, local.password);
    return {
      focus: {
        name: 'focus',
        base: trim(config.focusApiUrl ?? `http://127.0.0.1:${local.port}/api`),
        authorization: auth,
        cleanPaths: [],
      },
      track: {
        name: 'track',
        base: trim(config.trackApiUrl ?? `http://127.0.0.1:${local.port}/api/v9`),
        authorization: auth,
        cleanPaths: [...TRACK_CLEAN_PATHS],
      },
    };
  }
  const focusAuth = config.focusApiKey
    ? `Bearer ${config.focusApiKey}`
    : config.email && config.password
      ? basic(config.email, config.password)
      : undefined;
  const trackAuth = config.apiToken
    ? basic(config.apiToken, 'api_token')
    : config.email && config.password
      ? basic(config.email, config.password)
      : undefined;
  if (!focusAuth || !trackAuth) {
    throw new Error(
      'Toggl mode needs credentials for both APIs: TOGGL_EMAIL/TOGGL_PASSWORD, or TOGGL_FOCUS_API_KEY with TOGGL_API_TOKEN',
    );
  }
  return {
    focus: {
      name: 'focus',
      base: trim(config.focusApiUrl ?? 'https://focus.toggl.com/api'),
      authorization: focusAuth,
      cleanPaths: [],
    },
    track: {
      name: 'track',
      base: trim(config.trackApiUrl ?? 'https://api.track.toggl.com/api/v9'),
      authorization: trackAuth,
      cleanPaths: [...TRACK_CLEAN_PATHS],
    },
  };
}

const trim = (url: string) => url.replace(/\/+$/, '');
