import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const envSchema = z.object({
  PORT: port(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOCAL_API_PORT: port(8081),
  PLANNER_DB: z.string().min(1).default('data/planner.db'),
  ALLOWED_HOSTS: optionalText,
  FOCUS_API_URL: optionalText.pipe(z.url().optional()),
  TRACK_API_URL: optionalText.pipe(z.url().optional()),
  TOGGL_FOCUS_API_KEY: optionalText,
  TOGGL_EMAIL: optionalText,
  TOGGL_PASSWORD: optionalText,
  TOGGL_API_TOKEN: optionalText,
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  LOCAL_API_QUOTA_PER_HOUR: z.coerce.number().int().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Mode = 'local' | 'toggl';

export interface Config {
  mode: Mode;
  port: number;
  host: string;
  localApiPort: number;
  dbFile: string;
  allowedHosts: string[];
  focusApiUrl?: string;
  trackApiUrl?: string;
  focusApiKey?: string;
  email?: string;
  password?: string;
  apiToken?: string;
  upstreamTimeoutMs: number;
  localApiQuotaPerHour?: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
}

/**
 * Reads the environment once at boot. Local mode (the default) runs the local API with demo data;
 * any Toggl credential switches to the real upstreams.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.TOGGL_EMAIL && !e.TOGGL_PASSWORD)
    throw new Error('Invalid configuration: TOGGL_EMAIL needs TOGGL_PASSWORD');
  const hasCredentials = Boolean(e.TOGGL_FOCUS_API_KEY || e.TOGGL_EMAIL || e.TOGGL_API_TOKEN);
  return {
    mode: hasCredentials ? 'toggl' : 'local',
    port: e.PORT,
    host: e.HOST,
    localApiPort: e.LOCAL_API_PORT,
    dbFile: e.PLANNER_DB,
    allowedHosts: (e.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    focusApiUrl: e.FOCUS_API_URL,
    trackApiUrl: e.TRACK_API_URL,
    focusApiKey: e.TOGGL_FOCUS_API_KEY,
    email: e.TOGGL_EMAIL,
    password: e.TOGGL_PASSWORD,
    apiToken: e.TOGGL_API_TOKEN,
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    localApiQuotaPerHour: e.LOCAL_API_QUOTA_PER_HOUR,
    logLevel: e.LOG_LEVEL,
  };
}
