import { toUtcSeconds } from '@/api/common';
import { badRequest } from '../errors';

/**
 * `start` as stored: UTC `YYYY-MM-DDTHH:MM:SSZ` plus its epoch seconds (`start_ts`, the range index
 * column). Both come from one parse so they never disagree.
 */
export function normalizeStart(value: string): { start: string; startTs: number } {
  const start = toUtcSeconds(value);
  // Offsets can push a year-9999 instant past what the 4-digit format holds.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(start))
    throw badRequest('invalid body: start: out of range');
  return { start, startTs: Date.parse(start) / 1000 };
}

/** Epoch seconds of a validated RFC 3339 query timestamp. */
export function epochSeconds(value: string): number {
  return Date.parse(value.replace(' ', 'T')) / 1000;
}
