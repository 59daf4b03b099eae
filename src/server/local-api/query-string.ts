/**
 * Parses a query string into single string values. A repeated key joins its values with commas, so
 * `status_id=1&status_id=2` reads like the upstream's csv form `status_id=1,2`.
 */
export function parseQueryString(raw: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = key in out ? `${out[key]},${value}` : value;
  }
  return out;
}
