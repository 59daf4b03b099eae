import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../openapi';
import { loadReferenceOperations } from '../reference';
import { parseReferencePage } from './extract-reference';

const PAGE = `<!-- API reference -->
# Groups

## DELETE Deletes group
\`https://api.track.toggl.com/api/v9/organizations/{organization_id}/groups/{group_id}\`

**Parameters**

**Response**

200
OK

## POST Create a new task
\`https://focus.toggl.com/api/organizations/{organization_id}/workspaces/{workspace_id}/tasks\`

*Body*

| Name | Type | Description |
|---|---|---|
| name | string | - |
`;

describe('reference pages as data', () => {
  it('reads method, service, path, documented status and body from a page', () => {
    expect(parseReferencePage('p.md', PAGE)).toEqual([
      {
        page: 'p.md',
        title: 'Deletes group',
        method: 'DELETE',
        service: 'track',
        path: '/organizations/{organization_id}/groups/{group_id}',
        status: 200,
        body: false,
      },
      {
        page: 'p.md',
        title: 'Create a new task',
        method: 'POST',
        service: 'focus',
        path: '/organizations/{organization_id}/workspaces/{workspace_id}/tasks',
        status: null,
        body: true,
      },
    ]);
  });

  it('holds the 45 operations of the five pages, each one in the vendored OpenAPI documents', () => {
    const ops = loadReferenceOperations();
    expect(ops).toHaveLength(45);
    expect(new Set(ops.map((o) => o.page)).size).toBe(5);
    const known = new Set(loadSpecs().operations.map((o) => `${o.method} ${o.service} ${o.template}`));
    expect(ops.filter((o) => !known.has(`${o.method} ${o.service} ${o.path}`))).toEqual([]);
  });
});
