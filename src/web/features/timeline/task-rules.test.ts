import { describe, expect, it } from 'vitest';
import { ApiError } from '@/web/lib/api-error';
import { createProblems, patchProblems, serverProblems } from './task-rules';

const dates = { start_date: '2026-03-02', end_date: '2026-03-05' };

describe('patchProblems', () => {
  it('uses the contract and says it in plain words beside the field', () => {
    expect(patchProblems({ name: '  ' }, dates)).toEqual({ name: 'Name cannot be empty.' });
    expect(patchProblems({ estimated_mins: -30 }, dates)).toEqual({
      estimated_mins: 'Estimate cannot be negative.',
    });
    expect(patchProblems({ name: 'x'.repeat(256) }, dates).name).toBe(
      'Name can be at most 255 characters long.',
    );
    expect(patchProblems({ name: 'Fine', estimated_mins: 30 }, dates)).toEqual({});
  });
  it('checks a one-sided date change against the other date, and refuses an empty date', () => {
    expect(patchProblems({ end_date: '2026-03-01' }, dates)).toEqual({
      end_date: 'The end date cannot be before the start date.',
    });
    expect(patchProblems({ start_date: '2026-03-09' }, dates)).toEqual({
      start_date: 'The end date cannot be before the start date.',
    });
    expect(patchProblems({ start_date: null }, dates).start_date).toMatch(/^Pick a date/);
  });
});

describe('createProblems', () => {
  it('checks the new task and the estimate box', () => {
    expect(createProblems({ name: '' }, '')).toEqual({ name: 'Name cannot be empty.' });
    expect(createProblems({ name: 'A' }, '-1')).toEqual({ estimated_mins: 'Estimate cannot be negative.' });
    // The box is in hours: its limit too, not the schema's 1000000000 minutes.
    expect(createProblems({ name: 'A', estimated_mins: 1_200_000_000 }, '20000000')).toEqual({
      estimated_mins: 'Estimate is too large (at most 16,666,666 hours).',
    });
    expect(createProblems({ name: 'A', start_date: '2026-03-02', end_date: '2026-03-01' }, '')).toEqual({
      end_date: 'The end date cannot be before the start date.',
    });
  });
});

describe('serverProblems', () => {
  it('puts a 400 under the fields it names, else under the edited field, never as raw text', () => {
    const bad = new ApiError(400, 'bad_request', 'invalid body: project_id: unknown id 99');
    expect(serverProblems(bad, 'name')).toEqual({
      project_id: 'Project no longer exists (it may have been deleted). Refresh and try again.',
    });
    const vague = new ApiError(400, 'bad_request', 'Key: Payload.Name failed');
    expect(serverProblems(vague, 'name')).toEqual({ name: 'Name was not accepted.' });
    expect(serverProblems(new ApiError(500, 'internal_error', 'x'), 'name')).toEqual({});
  });
});
