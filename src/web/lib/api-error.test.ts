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

describe('describeError never shows a server text that is no sentence', () => {
  it('tells a server failure by its kind when its text is a stack or a database message', () => {
    const locked = new ApiError(
      500,
      'http_500',
      'SqliteError: database is locked at Statement.run (/srv/db.ts:12)',
    );
    expect(describeError(locked)).toBe(
      'Toggl had a problem with this request (error 500). Try again in a moment.',
    );
    expect(describeError(new ApiError(503, 'http_503', 'upstream_connect_error'))).toBe(
      'Toggl could not be reached just now. Try again in a moment.',
    );
    expect(describeError(new ApiError(504, 'http_504', 'The focus API did not answer in time'))).toBe(
      'The focus API did not answer in time',
    );
  });

  it('drops a code from the quota notice and keeps a plain one', () => {
    expect(describeError(new ApiError(429, 'rate_limited', 'rate_limited', 120, 0))).toBe(
      'API quota used up (0 requests left). It resets in 2 min.',
    );
    expect(describeError(new ApiError(429, 'http_429', 'You have used your hourly requests', 30))).toBe(
      'API quota used up. It resets in 30 s. You have used your hourly requests',
    );
  });

  it('tells an answer by its status when its text is a code, a class name or markup', () => {
    expect(describeError(new ApiError(403, 'forbidden', 'forbidden'))).toBe(
      'Your Toggl account may not do this here.',
    );
    expect(describeError(new ApiError(404, 'not_found', 'TaskNotFound: id=5'))).toBe(
      'It no longer exists (it may have been deleted). Refresh and try again.',
    );
    expect(describeError(new ApiError(422, 'http_422', '{"error":"x"}'))).toBe(
      'The request was not accepted (error 422).',
    );
  });

  it("keeps the planner's own sentences", () => {
    expect(
      describeError(
        new ApiError(0, 'network', 'The planner server could not be reached. Check your connection.'),
      ),
    ).toBe('The planner server could not be reached. Check your connection.');
    expect(describeError(new ApiError(404, 'not_found', 'this time off no longer exists'))).toBe(
      'this time off no longer exists',
    );
  });
});
