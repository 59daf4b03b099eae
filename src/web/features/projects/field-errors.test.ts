import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom } from './field-errors';

describe('fieldErrorsFrom', () => {
  it('maps schema issues to their fields', () => {
    expect(
      fieldErrorsFrom(
        'invalid body: name: must not be empty; end_date: start_date must not be after end_date',
      ),
    ).toEqual({ name: 'must not be empty', end_date: 'start_date must not be after end_date' });
  });
  it('maps indexed paths and aliases', () => {
    expect(fieldErrorsFrom('invalid body: tag_ids.2: Too small')).toEqual({ tag_ids: 'Too small' });
    expect(fieldErrorsFrom('tag_id 9 does not exist in the workspace')).toEqual({
      tag_ids: 'tag_id 9 does not exist in the workspace',
    });
  });
  it('maps reference checks by their leading field name', () => {
    expect(fieldErrorsFrom('client_id 7 does not exist in the workspace')).toEqual({
      client_id: 'client_id 7 does not exist in the workspace',
    });
    expect(fieldErrorsFrom('a project cannot be its own parent')).toEqual({
      parent_project_id: 'a project cannot be its own parent',
    });
  });
  it('keeps what names no field for the form', () => {
    expect(fieldErrorsFrom('invalid body: body: Expected object')).toEqual({ form: 'body: Expected object' });
    expect(fieldErrorsFrom('Something broke')).toEqual({ form: 'Something broke' });
  });
});
