/** No option is highlighted: nothing typed yet, or the last search was just used for a pick. */
export const NONE_ACTIVE = -1;

/** The options whose label or hint holds the search text (all of them for an empty search). */
export function matching<T extends { label: string; hint?: string }>(
  options: readonly T[],
  query: string,
): T[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...options];
  return options.filter((o) => `${o.label} ${o.hint ?? ''}`.toLowerCase().includes(needle));
}

/** The option to highlight after the search text changed: the first match once something is typed. */
export const activeAfterTyping = (query: string) => (query.trim() ? 0 : NONE_ACTIVE);

/** The highlight one step (±1) on, kept inside the list; from none, the first option. */
export function stepActive(active: number, step: number, count: number): number {
  if (count === 0) return NONE_ACTIVE;
  if (active < 0) return 0;
  return Math.max(0, Math.min(count - 1, active + step));
}

/**
 * What Enter in the search box does:
 * - `pick` toggles the highlighted option (the box is then cleared for the next name);
 * - `stay` does nothing: the text names nobody (or the list is closed), and submitting the form would add the
 *   picks so far and throw the typed text away, as if the person had been added;
 * - `submit` lets the enclosing form have it: the box is empty, so Enter means "done, add these".
 */
export function enterAction(open: boolean, hasActive: boolean, query: string): 'pick' | 'stay' | 'submit' {
  if (open && hasActive) return 'pick';
  return query.trim() ? 'stay' : 'submit';
}

/**
 * After a submit that failed: the picks it sent come back, beside any made since (the picker was cleared on
 * submit), so a retry needs no picking anew. For a `setPicked` updater.
 */
export const picksBack =
  (sent: readonly string[]) =>
  (now: readonly string[]): string[] => [...new Set([...sent, ...now])];
