import { isQuotaAnswer } from '@/api/quota';
import { plainServerText } from './plain-errors';

/** Every failure of an API call, in one shape the UI can explain to a person. */
export class ApiError extends Error {
  constructor(
    /** HTTP status, or 0 when the request never got an answer. */
    readonly status: number,
    /** Upstream error code (`bad_request`, `quota_exceeded`, ...) or `network` / `invalid_response`. */
    readonly code: string,
    message: string,
    /** Seconds until the quota resets, for 402/429. */
    readonly resetsInSec?: number,
    readonly quotaRemaining?: number,
    /** For support: what could not be read, in plain words (`name is missing`); never part of the message. */
    readonly details?: readonly string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The request quota is spent (a plan limit's 402, "upgrade required", is not the quota). */
  get isQuota(): boolean {
    return isQuotaAnswer(
      this.status,
      this.quotaRemaining === undefined ? undefined : String(this.quotaRemaining),
      this.resetsInSec === undefined ? undefined : String(this.resetsInSec),
    );
  }

  /** Worth retrying automatically: the network or the server failed, not the request, and not the quota. */
  get isTransient(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/**
 * A sentence for the user: the upstream's own words, plus the reset time for quota errors. A Focus 400 lists
 * schema issues by field name ("estimated_mins: Too small: …"): it is told in plain words instead. Anything that
 * is not an ApiError is the planner's own failure, and its text (a TypeError's, a stack) is not for the user.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong in the planner.';
  if (error.status === 400 && error.code !== 'http_400') return plainServerText(error.message);
  if (error.isQuota) {
    const when = error.resetsInSec !== undefined ? ` It resets in ${formatSeconds(error.resetsInSec)}.` : '';
    const left = error.quotaRemaining !== undefined ? ` (${error.quotaRemaining} requests left)` : '';
    return `API quota used up${left}.${when} ${error.message}`.trim();
  }
  return error.message;
}

function formatSeconds(total: number): string {
  if (total < 60) return `${total} s`;
  const minutes = Math.ceil(total / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
