const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * One element of the array: its text, and the bytes of the value set aside (see `omit`), if it had one.
 * `omitted` is a view into the splitter's buffer: read it (`decodeOmitted`) before the next `push`.
 */
export interface SplitElement {
  text: string;
  omitted?: Uint8Array;
}

const utf8 = new TextDecoder();

/** The buffer's size while elements are small; one that grew for a long element goes back to it after. */
const BASE_BUFFER = 1 << 16;

/** The text of an element's omitted value (read before the splitter's next `push`). */
export const decodeOmitted = (bytes: Uint8Array): string => utf8.decode(bytes);

/**
 * Splits a streamed JSON array of objects (`[{...},{...}]`, arriving as UTF-8 bytes cut anywhere, even inside a
 * character) into the text of each complete element, so a view can render items while the rest is still on
 * the wire. It scans bytes, not decoded text: every byte JSON gives structure to is ASCII, and no byte of a
 * multi-byte UTF-8 character is, so only the elements' own bytes are ever decoded, whole. Most of a block
 * stream's bytes are inside strings: those are skipped with `indexOf` rather than byte by byte. (A 67 MB block
 * stream: decoded whole and split as text 0.45 s, split as bytes 0.2 s.)
 *
 * `omit` names a key of the elements whose object or array value is set aside: the element's text has `null`
 * in its place and the value's bytes come as `omitted`, to be decoded and parsed only if wanted. A streamed
 * time block carries its whole task (1 kB of its 1.3 kB); the booked-day marks parsed and dropped 50,000 of them.
 */
export class JsonArraySplitter {
  private buffer = new Uint8Array(BASE_BUFFER);
  private length = 0;
  /** Bytes before this offset were handed out (elements, omitted views): dropped at the next push. */
  private consumed = 0;
  private depth = 0;
  private opened = false;
  private inString = false;
  /** Where the open string began (kept in the buffer, so its escapes can be read across chunks). */
  private stringStart = -1;
  private start = -1;
  private scanned = 0;
  /** Offsets in the current element: just after the `omit` key's closing quote, and its value's span. */
  private afterKey = -1;
  private valueStart = -1;
  private valueEnd = -1;
  private readonly omit: Uint8Array | undefined;

  constructor(omit?: string) {
    this.omit = omit === undefined ? undefined : new TextEncoder().encode(omit);
  }

  /** Whether the array has been read to its closing bracket (false for an answer cut off before it). */
  get finished(): boolean {
    return this.opened && this.depth === 0 && !this.inString;
  }

  /** Bytes held for the next push (what a long element grew the buffer to, until it is let go). */
  get capacity(): number {
    return this.buffer.length;
  }

  /** Feeds a chunk; returns the elements completed by it. */
  push(chunk: Uint8Array): SplitElement[] {
    this.append(chunk);
    // What was pushed and not yet let go (the buffer's spare room past it is never searched).
    const b = this.buffer.subarray(0, this.length);
    const n = b.length;
    const out: SplitElement[] = [];
    let i = this.scanned;
    while (i < n) {
      if (this.inString) {
        const q = b.indexOf(QUOTE, i);
        if (q < 0) {
          i = n;
          break;
        }
        // A quote after an odd run of backslashes is part of the string.
        let k = q - 1;
        while (k > this.stringStart && b[k] === BACKSLASH) k--;
        i = q + 1;
        if ((q - 1 - k) % 2 === 0) {
          this.inString = false;
          // A string of the element's own level: the omitted key (if a colon follows), or anything else.
          if (this.omit && this.depth === 2 && this.valueStart < 0)
            this.afterKey = this.isOmitKey(this.stringStart + 1, q) ? i - this.start : -1;
        }
        continue;
      }
      const c = b[i++];
      if (c === QUOTE) {
        this.inString = true;
        this.stringStart = i - 1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        const d = ++this.depth;
        this.opened = true;
        if (d === 2) {
          this.start = i - 1;
          this.afterKey = this.valueStart = this.valueEnd = -1;
        } else if (d === 3 && this.afterKey >= 0) {
          // The key's value when only a colon (and spaces) lies between them.
          if (onlyColon(b, this.start + this.afterKey, i - 1)) this.valueStart = i - 1 - this.start;
          this.afterKey = -1;
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        const d = --this.depth;
        if (d === 2 && this.valueStart >= 0 && this.valueEnd < 0) this.valueEnd = i - this.start;
        else if (d === 1 && this.start >= 0) {
          out.push(this.element(this.start, i));
          this.start = -1;
        }
      }
    }
    // What the caller may still read (the elements' omitted views) stays until the next push; after it only
    // the unfinished element (or the open string) is kept.
    this.consumed = this.start >= 0 ? this.start : this.inString ? this.stringStart : n;
    this.scanned = n;
    return out;
  }

  /** Drops what was handed out before, then adds the chunk. */
  private append(chunk: Uint8Array) {
    const keep = this.length - this.consumed;
    const shift = this.consumed;
    const need = keep + chunk.length;
    // Grown for a long element and not needed any more: back to the base size (a 10 MB element would
    // otherwise hold its 16 MB for the rest of the stream).
    const shrink = this.buffer.length > 4 * BASE_BUFFER && need <= BASE_BUFFER;
    if (need > this.buffer.length || shrink) {
      const next = new Uint8Array(shrink ? BASE_BUFFER : Math.max(this.buffer.length * 2, need));
      next.set(this.buffer.subarray(shift, this.length));
      this.buffer = next;
    } else if (shift > 0) this.buffer.copyWithin(0, shift, this.length);
    this.buffer.set(chunk, keep);
    this.length = keep + chunk.length;
    this.scanned -= shift;
    if (this.start >= 0) this.start -= shift;
    if (this.inString) this.stringStart -= shift;
    this.consumed = 0;
  }

  private isOmitKey(from: number, to: number): boolean {
    const key = this.omit!;
    if (to - from !== key.length) return false;
    for (let j = 0; j < key.length; j++) if (this.buffer[from + j] !== key[j]) return false;
    return true;
  }

  private element(start: number, end: number): SplitElement {
    const b = this.buffer;
    const from = this.valueStart;
    const to = this.valueEnd;
    this.afterKey = this.valueStart = this.valueEnd = -1;
    if (from < 0 || to < 0) return { text: utf8.decode(b.subarray(start, end)) };
    return {
      text: `${utf8.decode(b.subarray(start, start + from))}null${utf8.decode(b.subarray(start + to, end))}`,
      omitted: b.subarray(start + from, start + to),
    };
  }
}

/** Whether the bytes in [from, to) are one colon among JSON's spaces. */
function onlyColon(b: Uint8Array, from: number, to: number): boolean {
  let colons = 0;
  for (let j = from; j < to; j++) {
    const c = b[j];
    if (c === COLON) colons++;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return colons === 1;
}
