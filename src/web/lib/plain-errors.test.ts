import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { taskPatchSchema } from '@/api/task-edit';
import { fieldLabel, plainMessage, plainServerText, serverIssues } from './plain-errors';

describe('plainMessage', () => {
  it.each([
    ['Too small: expected number to be >=0', 'Estimate', 'Estimate cannot be negative.'],
    ['Too small: expected number to be >=1', 'Position', 'Position must be at least 1.'],
    [
      'Too big: expected number to be <=1000000000',
      'Estimate',
      'Estimate is too large (at most 1000000000).',
    ],
    ['must be at most 255 characters', 'Name', 'Name can be at most 255 characters long.'],
    ['Too big: expected string to have <=255 characters', 'Name', 'Name can be at most 255 characters long.'],
    ['must not be empty', 'Name', 'Name cannot be empty.'],
    ['start_date must not be after end_date', 'End date', 'The end date cannot be before the start date.'],
    ['Invalid input: expected int, received number', 'Estimate', 'Estimate must be a whole number.'],
    ['Invalid input: expected number, received string', 'Estimate', 'Estimate must be a number.'],
    ['Invalid option: expected one of "none"|"low"', 'Priority', 'Priority is not one of the choices.'],
    ['must be a date YYYY-MM-DD', 'Start date', 'Start date must be a date.'],
    [
      'unknown id 999',
      'Project',
      'Project no longer exists (it may have been deleted). Refresh and try again.',
    ],
    ['must not repeat an id', 'Tags', 'Tags lists the same item twice.'],
    ['Key: Payload.Name failed on the required tag', 'Name', 'Name is required.'],
    ['something the planner never heard of', 'Name', 'Name was not accepted.'],
  ])('%s', (message, label, plain) => {
    expect(plainMessage(message, label)).toBe(plain);
  });

  it('covers what the contract itself says about a bad task patch', () => {
    for (const body of [{ name: ' ' }, { estimated_mins: -5 }, { estimated_mins: 1.5 }, { priority: 'x' }]) {
      const issue = taskPatchSchema.safeParse(body).error!.issues[0];
      const text = plainMessage(issue.message, fieldLabel(String(issue.path[0])));
      expect(text).not.toMatch(/was not accepted|expected|>=|_/);
    }
    const big = z.string().max(3).safeParse('abcd').error!.issues[0];
    expect(plainMessage(big.message, 'Name')).toBe('Name can be at most 3 characters long.');
  });
});

describe('server 400s', () => {
  it('finds the field of each issue: schema paths, bulk indexes, reference checks', () => {
    expect(
      serverIssues('invalid body: 0.estimated_mins: Too small: expected number to be >=0; end_date: x'),
    ).toEqual([
      { field: 'estimated_mins', message: 'Too small: expected number to be >=0' },
      { field: 'end_date', message: 'x' },
    ]);
    expect(serverIssues('client_id 7 does not exist in the workspace')).toEqual([
      { field: 'client_id', message: 'client_id 7 does not exist in the workspace' },
    ]);
    expect(serverIssues('task 12 does not exist')[0].field).toBe('task');
    expect(serverIssues('invalid body: body: Expected object')[0].field).toBeUndefined();
  });

  it('becomes plain sentences without field names or schema words', () => {
    expect(plainServerText('invalid body: estimated_mins: Too small: expected number to be >=0')).toBe(
      'Estimate cannot be negative.',
    );
    expect(plainServerText('invalid body: end_date: start_date must not be after end_date')).toBe(
      'The end date cannot be before the start date.',
    );
    expect(plainServerText('task 12 does not exist')).toBe(
      'The task no longer exists (it may have been deleted). Refresh and try again.',
    );
    expect(plainServerText('')).toBe('The request was not accepted.');
  });
});

describe('a 400 whose text names no API field', () => {
  it('never shows a class name as if it were a field', () => {
    expect(plainServerText('ZodError: [{"code":"too_small","path":["name"]}]')).toBe(
      'This value was not accepted.',
    );
    expect(plainServerText('Error: expected number to be >=0')).toBe('This value cannot be negative.');
  });
});
