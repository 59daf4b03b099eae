import { describe, expect, it } from 'vitest';
import { loadConfig } from '@/server/config';
import { resolveUpstreams } from './upstreams';

const decode = (header: string) => Buffer.from(header.replace(/^Basic /, ''), 'base64').toString();

describe('configuration and upstream credentials', () => {
  it('defaults to local mode on 127.0.0.1:8080 with the local API on 8081', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'local',
      host: '127.0.0.1',
      port: 8080,
      localApiPort: 8081,
      dbFile: 'data/planner.db',
    });
    const up = resolveUpstreams(config, { port: 8081, email: 'demo@example.com', password: 'demo' });
    expect(up.focus.base).toBe('http://127.0.0.1:8081/api');
    expect(up.track.base).toBe('http://127.0.0.1:8081/api/v9');
    expect(decode(up.focus.authorization)).toBe('demo@example.com:demo');
    expect(decode(up.track.authorization)).toBe('demo@example.com:demo');
  });

  it('uses the Focus API key as Bearer and the Track token as Basic token:api_token', () => {
    const config = loadConfig({ TOGGL_FOCUS_API_KEY: 'toggl_sk_abc', TOGGL_API_TOKEN: 'tok123' });
    expect(config.mode).toBe('toggl');
    const up = resolveUpstreams(config);
    expect(up.focus.authorization).toBe('Bearer toggl_sk_abc');
    expect(decode(up.track.authorization)).toBe('tok123:api_token');
    expect(up.focus.base).toBe('https://focus.toggl.com/api');
    expect(up.track.base).toBe('https://api.track.toggl.com/api/v9');
  });

  it('falls back to email and password as Basic for both', () => {
    const up = resolveUpstreams(loadConfig({ TOGGL_EMAIL: 'me@x.io', TOGGL_PASSWORD: 'pw:with:colons' }));
    expect(decode(up.focus.authorization)).toBe('me@x.io:pw:with:colons');
    expect(decode(up.track.authorization)).toBe('me@x.io:pw:with:colons');
  });

  it('takes FOCUS_API_URL / TRACK_API_URL overrides and trims trailing slashes', () => {
    const up = resolveUpstreams(
      loadConfig({
        TOGGL_API_TOKEN: 't',
        TOGGL_FOCUS_API_KEY: 'k',
        FOCUS_API_URL: 'http://f.test/api/',
        TRACK_API_URL: 'http://t.test/api/v9//',
      }),
    );
    expect(up.focus.base).toBe('http://f.test/api');
    expect(up.track.base).toBe('http://t.test/api/v9');
  });

  it('refuses incomplete or invalid configuration with a clear message', () => {
    expect(() => loadConfig({ TOGGL_EMAIL: 'me@x.io' })).toThrow(/TOGGL_PASSWORD/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ FOCUS_API_URL: 'not a url' })).toThrow(/FOCUS_API_URL/);
    expect(() => resolveUpstreams(loadConfig({ TOGGL_FOCUS_API_KEY: 'k' }))).toThrow(/both APIs/);
  });

  it('reads ALLOWED_HOSTS as a lower-cased list', () => {
    expect(loadConfig({ ALLOWED_HOSTS: 'Planner.Example.com, 10.0.0.5:8080 ,' }).allowedHosts).toEqual([
      'planner.example.com',
      '10.0.0.5:8080',
    ]);
  });
});
