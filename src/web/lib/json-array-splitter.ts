const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** One element of the array: its text, and the text of the value set aside (see `omit`), if it had one. */
export interface SplitElement {
  text: string;
  omitted?: string;
}

/**
 * Splits a streamed JSON array of objects (`[{...},{...}]`, arriving in arbitrary text chunks) into the
 * text of each complete element, so a view can render items while the rest is still on the wire.
 * Most of a block stream's bytes are inside strings: those are skipped with `indexOf` rather than character
 * by character (a 65 MB stream took 0.33 s of main thread scanned one character at a time).
 *
 * `omit` names a key of the elements whose object or array value is set aside: the element's text has `null`
 * in its place and the value's text comes as `omitted`, to be parsed only if wanted. A streamed time block
 * carries its whole task (1 kB of its 1.3 kB); the booked-day marks parsed and dropped 50,000 of them.
 */
export class JsonArraySplitter {
  private buffer = '';
  private depth = 0;
  private inString = false;
  /** Where the open string began (kept in the buffer, so its escapes can be read across chunks). */
  private stringStart = -1;
  private start = -1;
  private scanned = 0;
  /** Offsets in the current element: just after the `omit` key's closing quote, and its value's span. */
  private afterKey = -1;
  private valueStart = -1;
  private valueEnd = -1;

  constructor(private readonly omit?: string) {}

  /** Feeds a chunk; returns the elements completed by it. */
  push(chunk: string): SplitElement[] {
    const b = (this.buffer += chunk);
    const n = b.length;
    const out: SplitElement[] = [];
    const omit = this.omit;
    let i = this.scanned;
    while (i < n) {
      if (this.inString) {
        const q = b.indexOf('"', i);
        if (q < 0) {
          i = n;
          break;
        }
        // A quote after an odd run of backslashes is part of the string.
        let k = q - 1;
        while (k > this.stringStart && b.charCodeAt(k) === BACKSLASH) k--;
        i = q + 1;
        if ((q - 1 - k) % 2 === 0) {
          this.inString = false;
          // A string of the element's own level: the omitted key (if a colon follows), or anything else.
          if (omit && this.depth === 2 && this.valueStart < 0)
            this.afterKey =
              q - this.stringStart - 1 === omit.length && b.startsWith(omit, this.stringStart + 1)
                ? i - this.start
                : -1;
        }
        continue;
      }
      const c = b.charCodeAt(i++);
      if (c === QUOTE) {
        this.inString = true;
        this.stringStart = i - 1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        const d = ++this.depth;
        if (d === 2) {
          this.start = i - 1;
          this.afterKey = this.valueStart = this.valueEnd = -1;
        } else if (d === 3 && this.afterKey >= 0) {
          // The key's value when only a colon (and spaces) lies between them.
          const at = i - 1 - this.start;
          if (b.slice(this.start + this.afterKey, i - 1).trim() === ':') this.valueStart = at;
          this.afterKey = -1;
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        const d = --this.depth;
        if (d === 2 && this.valueStart >= 0 && this.valueEnd < 0) this.valueEnd = i - this.start;
        else if (d === 1 && this.start >= 0) {
          out.push(this.element(b.slice(this.start, i)));
          this.start = -1;
        }
      }
    }
    // Keep only the unfinished element (or the open string) so the buffer stays about one element long.
    const keepFrom = this.start >= 0 ? this.start : this.inString ? this.stringStart : n;
    this.buffer = b.slice(keepFrom);
    if (this.start >= 0) this.start -= keepFrom;
    if (this.inString) this.stringStart -= keepFrom;
    this.scanned = this.buffer.length;
    return out;
  }

  private element(text: string): SplitElement {
    const from = this.valueStart;
    const to = this.valueEnd;
    this.afterKey = this.valueStart = this.valueEnd = -1;
    if (from < 0 || to < 0) return { text };
    return { text: `${text.slice(0, from)}null${text.slice(to)}`, omitted: text.slice(from, to) };
  }
}
