/**
 * "Updated N min ago": how old what a view shows is, in words; after a failed read, that it failed and how old
 * what is still shown is.
 */
export function updatedLabel(asOf: number | null, now: number, failed = false): string {
  if (failed)
    return asOf === null ? 'Could not load' : `Update failed; last ${updatedLabel(asOf, now).toLowerCase()}`;
  if (asOf === null) return 'Not loaded yet';
  const minutes = Math.floor(Math.max(0, now - asOf) / 60_000);
  if (minutes < 1) return 'Updated just now';
  if (minutes < 60) return `Updated ${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  return `Updated ${hours} h ago`;
}
