import { describe, expect, it } from 'vitest';
import { ApiError, describeError } from './api-error';

describe('describeError', () => {
  it('tells a Focus 400 in plain words, never its schema text', () => {
    const err = new ApiError(
      400,
      'bad_request',
      'invalid body: 0.estimated_mins: Too small: expected number to be >=0',
    );
    expect(describeError(err)).toBe('Estimate cannot be negative.');
  });
  it("keeps Track's own plain-text 400s and other statuses as the server said them", () => {
    expect(describeError(new ApiError(400, 'http_400', 'Group with this name already exists'))).toBe(
      'Group with this name already exists',
    );
    expect(describeError(new ApiError(403, 'forbidden', 'Insufficient permissions'))).toBe(
      'Insufficient permissions',
    );
  });
});
