/**
 * Splits a streamed JSON array of objects (`[{...},{...}]`, arriving in arbitrary text chunks) into the
 * text of each complete element, so a view can render items while the rest is still on the wire.
 */
export class JsonArraySplitter {
  private buffer = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private start = -1;
  private scanned = 0;

  /** Feeds a chunk; returns the elements completed by it. */
  push(chunk: string): string[] {
    this.buffer += chunk;
    const out: string[] = [];
    const b = this.buffer;
    for (let i = this.scanned; i < b.length; i++) {
      const c = b[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') this.inString = false;
        continue;
      }
      if (c === '"') this.inString = true;
      else if (c === '{' || c === '[') {
        this.depth++;
        if (this.depth === 2) this.start = i;
      } else if (c === '}' || c === ']') {
        this.depth--;
        if (this.depth === 1 && this.start >= 0) {
          out.push(b.slice(this.start, i + 1));
          this.start = -1;
        }
      }
    }
    // Keep only the unfinished element (if any) so the buffer stays one element long.
    const keepFrom = this.start >= 0 ? this.start : b.length;
    this.buffer = b.slice(keepFrom);
    if (this.start >= 0) this.start = 0;
    this.scanned = this.buffer.length;
    return out;
  }
}
