// Whether Intl knows a zone, per zone string: constructing a formatter to find out costs more than a render.
const known = new Map<string, boolean>();

/** True when this browser's Intl knows the zone (a user's settings may carry any string). */
export function isValidZone(zone: string | null | undefined): boolean {
  if (!zone) return false;
  let valid = known.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    known.set(zone, valid);
  }
  return valid;
}

/** The zone this browser runs in (UTC if it cannot tell). */
export function browserZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidZone(zone) ? zone : 'UTC';
}

export interface ResolvedZone {
  /** The zone to show times in: one Intl knows. */
  zone: string;
  /** The zone the settings named when this browser cannot use it (`zone` is then the browser's own), else null. */
  unknown: string | null;
}

/**
 * The one place the zone of the views is chosen: the user's Toggl setting when this browser knows it, else
 * the browser's own zone. A missing setting is an ordinary fallback; a setting that cannot be used is
 * reported as `unknown` (the upstream accepts any string there).
 */
export function resolveZone(setting: string | null | undefined, fallback?: string): ResolvedZone {
  if (setting && isValidZone(setting)) return { zone: setting, unknown: null };
  return { zone: fallback ?? browserZone(), unknown: setting?.trim() ? setting : null };
}

/** What the user is told once when their zone setting cannot be used. */
export function unknownZoneNotice(unknown: string, shown: string): string {
  return `Your Toggl time zone "${unknown}" is not one this browser knows; showing times in ${shown}.`;
}
