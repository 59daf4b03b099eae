import { describe, expect, it } from 'vitest';
import { bulkLimit, requestOf } from './task-writes';

const scope = { organizationId: 4100, workspaceId: 5200 };
const T = '/organizations/4100/workspaces/5200/tasks';

describe('requestOf', () => {
  it('sends one task to its own endpoint, without the id in the body', () => {
    expect(requestOf(scope, { op: 'patch', items: [{ id: 7, name: 'x' }] })).toEqual({
      method: 'PATCH',
      path: `${T}/7`,
      body: { name: 'x' },
    });
    expect(requestOf(scope, { op: 'archive', ids: [7] })).toEqual({ method: 'POST', path: `${T}/7/archive` });
    expect(requestOf(scope, { op: 'unarchive', ids: [7] })).toEqual({
      method: 'POST',
      path: `${T}/7/unarchive`,
    });
    expect(requestOf(scope, { op: 'restore', ids: [7] })).toEqual({
      method: 'PATCH',
      path: `${T}/7/restore`,
    });
    expect(requestOf(scope, { op: 'delete', ids: [7] })).toEqual({ method: 'DELETE', path: `${T}/7` });
  });
  it('sends several tasks as one bulk request', () => {
    const items = [
      { id: 7, status_id: 2 },
      { id: 8, status_id: 2 },
    ];
    expect(requestOf(scope, { op: 'patch', items })).toEqual({
      method: 'PATCH',
      path: `${T}/bulk`,
      body: items,
    });
    expect(requestOf(scope, { op: 'archive', ids: [7, 8] })).toEqual({
      method: 'POST',
      path: `${T}/bulk/archive`,
      body: { task_ids: [7, 8] },
    });
    expect(requestOf(scope, { op: 'restore', ids: [7, 8] })).toMatchObject({
      method: 'PATCH',
      path: `${T}/bulk/restore`,
    });
    expect(requestOf(scope, { op: 'delete', ids: [7, 8] })).toEqual({
      method: 'DELETE',
      path: `${T}/bulk`,
      query: { ids: [7, 8] },
    });
  });
  it('knows how many tasks one request of each kind may carry', () => {
    expect(bulkLimit({ op: 'archive', ids: [] })).toBe(100);
    expect(bulkLimit({ op: 'patch', items: [] })).toBe(500);
  });
});
