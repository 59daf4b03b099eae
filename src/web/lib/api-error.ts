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
 * A sentence for the user: the upstream's own words when they are plain words, plus the reset time for quota
 * errors. A Focus 400 lists schema issues by field name ("estimated_mins: Too small: …"): it is told in plain
 * words instead. An answer whose text is no sentence (a code, a class name, a path, a stack frame: a server's
 * 500 may carry its database's message) is told by its status instead.
 * Anything that is not an ApiError is the planner's own failure, and its text is not for the user either.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong in the planner.';
  if (error.status === 400 && error.code !== 'http_400') return plainServerText(error.message);
  if (error.isQuota) {
    const when = error.resetsInSec !== undefined ? ` It resets in ${formatSeconds(error.resetsInSec)}.` : '';
    const left = error.quotaRemaining !== undefined ? ` (${error.quotaRemaining} requests left)` : '';
    const said = isPlainSentence(error.message) ? ` ${error.message}` : '';
    return `API quota used up${left}.${when}${said}`;
  }
  if (isPlainSentence(error.message)) return error.message;
  return error.status >= 500 ? serverTrouble(error.status) : byStatus(error.status);
}

/**
 * Whether a server's text reads as words a person can use: a few words, no code, path, stack frame, class
 * name or markup. "Group with this name already exists" is; "rate_limited", "SqliteError: database is locked
 * at Statement.run (/srv/db.ts:12)" and "{"error":…}" are not.
 */
export function isPlainSentence(text: string): boolean {
  const t = text.trim();
  return (
    t.length >= 3 &&
    t.length <= 200 &&
    /^[\p{L}\d"'“‘(]/u.test(t) &&
    /\s/.test(t) &&
    !/[\n{}[\]<>\\]|\w_\w|\b[A-Z][a-z]+[A-Z]\w*\b|\bat \S+ \(|\/\w+\.\w{1,4}\b|\w+:\d+/.test(t)
  );
}

function serverTrouble(status: number): string {
  return status === 502 || status === 503 || status === 504
    ? 'Toggl could not be reached just now. Try again in a moment.'
    : `Toggl had a problem with this request (error ${status}). Try again in a moment.`;
}

function byStatus(status: number): string {
  switch (status) {
    case 0:
      return 'The planner server could not be reached. Check your connection.';
    case 401:
      return "The planner's Toggl credentials were not accepted.";
    case 403:
      return 'Your Toggl account may not do this here.';
    case 404:
      return 'It no longer exists (it may have been deleted). Refresh and try again.';
    case 409:
      return 'Someone else changed it at the same time. Refresh and try again.';
    case 413:
      return 'That is too much to send at once.';
    default:
      return `The request was not accepted (error ${status}).`;
  }
}

function formatSeconds(total: number): string {
  if (total < 60) return `${total} s`;
  const minutes = Math.ceil(total / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
