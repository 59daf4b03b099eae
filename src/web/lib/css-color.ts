// Colours come from Toggl as plain strings (a project's, a task's, a milestone's): Go's zero value "" or text
// that is no colour, set as a custom property, voids every declaration that reads it, so a bar lost its fill and
// stripe and a time block was drawn without any. Each distinct string is asked of the browser once: this runs
// for every bar and block drawn.
const known = new Map<string, boolean>();
const REMEMBER = 1_000;

// The browser's CSS.supports takes these for a colour because they are decided only where the property is used
// (a CSS-wide keyword, or a var(), env() or attr() naming something of the page): from Toggl's data they stand
// for no colour and void the declaration all the same.
const DECIDED_LATER = /^\s*(inherit|initial|unset|revert|revert-layer)\s*$|\b(var|env|attr)\s*\(/i;

/** `value` when the browser reads it as a colour, else `fallback` (the view's colour for "no colour"). */
export function cssColor(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  let ok = known.get(value);
  if (ok === undefined) {
    ok = !DECIDED_LATER.test(value) && typeof CSS !== 'undefined' && CSS.supports('color', value);
    if (known.size >= REMEMBER) known.clear();
    known.set(value, ok);
  }
  return ok ? value : fallback;
}
