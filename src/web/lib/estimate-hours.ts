/**
 * The estimate as people type it, in hours ("1.5"), and as the API stores it, in whole minutes. One module for
 * every form that edits an estimate, so each reads and checks the box the same way.
 */
import { MAX_ESTIMATE_MINS } from '@/api/text-formats';

// The API's limit is in minutes; the box is in hours. Said in whole hours, rounded down so that number itself
// is accepted (16,666,667 h would be 1,000,000,020 min).
const MAX_HOURS_TEXT = Math.floor(MAX_ESTIMATE_MINS / 60).toLocaleString('en-US');

/** Hours for the box: `90` → "1.5"; nothing → "". */
export function hoursText(mins: number | null | undefined): string {
  return mins == null ? '' : String(Math.round((mins / 60) * 100) / 100);
}

/** Whole minutes of the box's hours; null when it is empty. Check `estimateProblem` first. */
export function minutesOf(hours: string): number | null {
  return hours.trim() === '' ? null : Math.round(Number(hours) * 60);
}

/**
 * What is wrong with the box, in plain words; undefined when it is empty or a number of hours the API takes.
 * Checked before the contract's schema, whose "too large" names the limit in minutes.
 */
export function estimateProblem(hours: string): string | undefined {
  const text = hours.trim();
  if (text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return 'Estimate must be a number of hours, like 1.5.';
  if (value < 0) return 'Estimate cannot be negative.';
  if (Math.round(value * 60) > MAX_ESTIMATE_MINS)
    return `Estimate is too large (at most ${MAX_HOURS_TEXT} hours).`;
  return undefined;
}

/** Keys an estimate box ignores: a minus sign (or an exponent) never makes a valid estimate. */
export const NOT_IN_AN_ESTIMATE = ['-', '+', 'e', 'E'];
