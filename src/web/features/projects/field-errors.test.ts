import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom } from './field-errors';
import { checkProjectDraft, duplicateNameWarning } from './project-form-checks';
import { draftOf } from './components/project-form-fields';

describe('fieldErrorsFrom', () => {
  it('maps schema issues to their fields, in plain words', () => {
    expect(
      fieldErrorsFrom(
        'invalid body: name: must not be empty; end_date: start_date must not be after end_date',
      ),
    ).toEqual({ name: 'Name cannot be empty.', end_date: 'The end date cannot be before the start date.' });
    expect(fieldErrorsFrom('invalid body: estimated_mins: Too small: expected number to be >=0')).toEqual({
      estimated_mins: 'Estimate cannot be negative.',
    });
  });
  it('maps indexed paths and aliases', () => {
    expect(fieldErrorsFrom('invalid body: tag_ids.2: must not repeat an id')).toEqual({
      tag_ids: 'Tags lists the same item twice.',
    });
    expect(fieldErrorsFrom('tag_id 9 does not exist in the workspace').tag_ids).toMatch(
      /^Tags no longer exists/,
    );
  });
  it('maps reference checks by their leading field name', () => {
    expect(fieldErrorsFrom('client_id 7 does not exist in the workspace').client_id).toMatch(
      /^Client no longer exists/,
    );
    expect(fieldErrorsFrom('a project cannot be its own parent')).toEqual({
      parent_project_id: 'A project cannot be inside itself.',
    });
  });
  it('keeps what names no field for the form, never as raw text', () => {
    expect(fieldErrorsFrom('invalid body: body: Expected object')).toEqual({
      form: 'This value was not accepted.',
    });
    expect(fieldErrorsFrom('Something broke')).toEqual({ form: 'This value was not accepted.' });
  });
});

describe('checkProjectDraft', () => {
  const draft = (over: object) => ({ ...draftOf(), name: 'Launch', ...over });
  it('catches in the browser what the server would refuse, in plain words', () => {
    expect(checkProjectDraft(draft({ name: '  ' }), false)).toEqual({ name: 'Name cannot be empty.' });
    expect(checkProjectDraft(draft({ estimateHours: '-5' }), false)).toEqual({
      estimated_mins: 'Estimate cannot be negative.',
    });
    expect(checkProjectDraft(draft({ startDate: '2026-06-10', endDate: '2026-06-01' }), true)).toEqual({
      end_date: 'The end date cannot be before the start date.',
    });
    expect(checkProjectDraft(draft({ name: 'x'.repeat(256) }), false).name).toBe(
      'Name can be at most 255 characters long.',
    );
    expect(checkProjectDraft(draft({}), false)).toEqual({});
  });
  it('says a too large estimate in hours, the unit of the box (the schema says minutes)', () => {
    for (const editing of [false, true])
      expect(checkProjectDraft(draft({ estimateHours: '99999999' }), editing)).toEqual({
        estimated_mins: 'Estimate is too large (at most 16,666,666 hours).',
      });
  });
  it('warns about a duplicate name, not about the project itself', () => {
    const projects = [
      { id: 1, name: 'Website relaunch' },
      { id: 2, name: 'Mobile app' },
    ];
    expect(duplicateNameWarning(' website RELAUNCH ', projects)).toBe(
      'Another project is already called “Website relaunch”.',
    );
    expect(duplicateNameWarning('Website relaunch', projects, 1)).toBeUndefined();
    expect(duplicateNameWarning('New one', projects)).toBeUndefined();
  });
});
