import { describe, it, expect } from 'vitest';
import { trackMeSchema, trackWorkspacesSchema, userSettingsSchema } from './user';
import { statusListQuerySchema, statusPageSchema } from './workspace';

describe('Track /me', () => {
  it('never keeps api_token', () => {
    const me = trackMeSchema.parse({ id: 1, email: 'a@b.c', api_token: 'secret', intercom_hash: 'h' });
    expect(me).not.toHaveProperty('api_token');
    expect(me).not.toHaveProperty('intercom_hash');
    const ws = trackWorkspacesSchema.parse([{ id: 1, name: 'W', api_token: 'secret' }]);
    expect(ws[0]).not.toHaveProperty('api_token');
  });
});

describe('userSettingsSchema', () => {
  it('keeps the fields the planner reads', () => {
    const s = userSettingsSchema.parse({
      theme: 'dark',
      current_workspace_id: 5,
      start_week_on: 1,
      other: true,
    });
    expect(s).toEqual({ theme: 'dark', current_workspace_id: 5, start_week_on: 1 });
    expect(userSettingsSchema.safeParse({ theme: 'dark', start_week_on: 3 }).success).toBe(false);
  });
});

describe('statuses', () => {
  it('parses pages and the type filter', () => {
    const status = {
      id: 1,
      workspace_id: 2,
      name: 'Done',
      type: 'done',
      position: 1,
      created_at: 'x',
      updated_at: 'y',
    };
    expect(statusPageSchema.parse({ data: [status], page: 1, per_page: 50 }).data[0].type).toBe('done');
    expect(statusListQuerySchema.safeParse({ type: 'archived' }).success).toBe(false);
    expect(statusListQuerySchema.parse({ order_by: 'position' }).order_by).toEqual([
      { field: 'position', desc: false },
    ]);
  });
});
