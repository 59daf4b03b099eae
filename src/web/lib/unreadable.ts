import type { z } from 'zod';
import { findingsOf } from '@/api/lenient-findings';
import { ApiError } from './api-error';

const SERVICE_NAME = { focus: 'Toggl Focus', track: 'Toggl Track' } as const;

/**
 * The error of an answer the planner cannot use at all (a page without its list, a single record without its
 * essential fields). The message is plain words for everyone; which fields failed goes to `details` and the
 * console, for support, never the schema's own text.
 */
export function unreadableAnswer(
  service: keyof typeof SERVICE_NAME,
  path: string,
  status: number,
  issues: readonly z.core.$ZodIssue[],
  json: unknown,
): ApiError {
  const details = findingsOf(issues, json).map((f) => `${f.field} ${f.problem}`);
  console.warn(`The planner could not read ${service} ${path}:`, details);
  return new ApiError(
    status,
    'invalid_response',
    `${SERVICE_NAME[service]} sent data the planner does not understand.`,
    undefined,
    undefined,
    details,
  );
}
