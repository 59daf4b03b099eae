import { describe, expect, it } from 'vitest';
import { loadSpecs } from './documents';
import { fromProxyPath, fromUpstreamPath, matchOperation } from './match';

const specs = loadSpecs();
const WS = '/organizations/4100/workspaces/5200';

describe('matchOperation', () => {
  it('finds the operation and binds the path parameters', () => {
    const m = matchOperation(specs, 'focus', 'GET', `${WS}/tasks/groups/users`);
    expect(m).toMatchObject({
      ok: true,
      ref: { template: '/organizations/{organization_id}/workspaces/{workspace_id}/tasks/groups/{group}' },
      params: { organization_id: '4100', workspace_id: '5200', group: 'users' },
    });
  });

  it('prefers a literal segment over a parameter (bulk and stream are not ids)', () => {
    const bulk = matchOperation(specs, 'focus', 'PATCH', `${WS}/time-blocks/bulk`);
    expect(bulk.ok && bulk.ref.template).toBe(
      '/organizations/{organization_id}/workspaces/{workspace_id}/time-blocks/bulk',
    );
    const tasksBulk = matchOperation(specs, 'focus', 'POST', `${WS}/tasks/bulk`);
    expect(tasksBulk.ok && tasksBulk.ref.operation.operationId).not.toMatch(/time/);
    expect(tasksBulk.ok && tasksBulk.ref.template.endsWith('/tasks/bulk')).toBe(true);
    const pinned = matchOperation(specs, 'focus', 'DELETE', `${WS}/projects/7/pinned`);
    expect(pinned.ok && pinned.params).toEqual({
      organization_id: '4100',
      workspace_id: '5200',
      project_id: '7',
    });
  });

  it('says when a path is unknown or the method is not documented for it', () => {
    expect(matchOperation(specs, 'focus', 'GET', '/nope')).toEqual({
      ok: false,
      reason: 'no such path in the focus document',
    });
    const put = matchOperation(specs, 'track', 'PUT', '/me/workspaces');
    expect(put).toEqual({ ok: false, reason: 'track /me/workspaces has no PUT (only GET)' });
    expect(matchOperation(specs, 'track', 'GET', `${WS}/tasks`).ok).toBe(false);
  });

  it('decodes percent-encoded segments and refuses empty ones', () => {
    const m = matchOperation(specs, 'focus', 'GET', '/workspaces/%35200/tags');
    expect(m.ok && m.params.workspace_id).toBe('5200');
    expect(matchOperation(specs, 'focus', 'GET', '/workspaces//tags').ok).toBe(false);
  });
});

describe('service paths', () => {
  it('maps the proxy paths and the upstream base paths to a service', () => {
    expect(fromProxyPath('/api/focus/users/me/settings')).toEqual({
      service: 'focus',
      path: '/users/me/settings',
    });
    expect(fromProxyPath('/api/track/me')).toEqual({ service: 'track', path: '/me' });
    expect(fromProxyPath('/api/other/x')).toBeUndefined();
    expect(fromUpstreamPath('/api/v9/me')).toEqual({ service: 'track', path: '/me' });
    expect(fromUpstreamPath('/api/users/me/settings')).toEqual({
      service: 'focus',
      path: '/users/me/settings',
    });
    expect(fromUpstreamPath('/v9/me')).toBeUndefined();
  });
});
