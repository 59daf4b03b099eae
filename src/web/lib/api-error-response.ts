import { isQuotaAnswer } from '@/api/quota';
import { ApiError } from './api-error';

/**
 * The ApiError of a failed response, for every read and write (plain or streamed). Focus errors are JSON
 * `{error, error_description}`; Track errors are plain, maybe JSON-quoted, text; an HTML page (a proxy's) says
 * nothing a person can use, so the status stands in. The wait before retrying is `Retry-After` (seconds or a
 * date), else Toggl's quota reset header.
 */
export async function errorFromResponse(response: Response, now = Date.now()): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  const quota = isQuotaAnswer(
    response.status,
    response.headers.get('x-toggl-quota-remaining'),
    response.headers.get('x-toggl-quota-resets-in'),
  );
  let code = quota && response.status === 402 ? 'quota_exceeded' : `http_${response.status}`;
  let message = text.trim();
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json === 'string') message = json;
    else if (json && typeof json === 'object') {
      const body = json as { error?: unknown; error_description?: unknown; message?: unknown };
      if (typeof body.error === 'string') code = body.error;
      message = firstString(body.error_description, body.message, body.error) ?? message;
    }
  } catch {
    // plain-text body: it is the message
  }
  if (!message || /^\s*</.test(message)) message = `${response.status} ${response.statusText || 'error'}`;
  const headers = response.headers;
  return new ApiError(
    response.status,
    code,
    message.slice(0, 300),
    retryAfterSeconds(headers.get('retry-after'), now) ?? wholeNumber(headers.get('x-toggl-quota-resets-in')),
    wholeNumber(headers.get('x-toggl-quota-remaining')),
  );
}

const firstString = (...values: unknown[]) => values.find((v): v is string => typeof v === 'string');

function wholeNumber(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** `Retry-After` as seconds from now: a number of seconds, or an HTTP date (RFC 9110). */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const seconds = wholeNumber(value);
  if (seconds !== undefined) return seconds;
  // HTTP dates start with the day's name ("Tue, 24 Nov 2026 10:02:00 GMT"); Date.parse takes far more.
  const at = /^[A-Za-z]{3}/.test(value.trim()) ? Date.parse(value) : NaN;
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - now) / 1000)) : undefined;
}
