import { tzOffset } from '@date-fns/tz';

/**
 * Wall clocks of IANA zones, for the capacity arithmetic (working days are counted on each person's own
 * clock). The browser's equivalent is web/lib/time/zoned; the layering keeps server and browser apart.
 */

/** The zone, or UTC when the name is not a zone this runtime knows (a stored value is never trusted). */
export function knownZone(zone: string | null | undefined): string {
  if (!zone) return 'UTC';
  return Number.isFinite(tzOffset(zone, new Date(0))) ? zone : 'UTC';
}

/** The zone's wall-clock reading of an instant, as milliseconds written as if they were UTC. */
export function wallOf(instant: number, zone: string): number {
  return instant + Math.round(tzOffset(zone, new Date(instant)) * 60_000);
}

/** The calendar day an instant falls on in the zone. */
export function dayIn(instant: number, zone: string): string {
  return new Date(wallOf(instant, zone)).toISOString().slice(0, 10);
}

/** The instant a wall-clock reading (a day and minutes from its 00:00) denotes in the zone. */
export function instantOf(day: string, minute: number, zone: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minute * 60_000;
  // Two steps settle the offset on either side of a change (a reading in a skipped hour moves past it).
  const first = wall - (wallOf(wall, zone) - wall);
  return wall - (wallOf(first, zone) - first);
}
