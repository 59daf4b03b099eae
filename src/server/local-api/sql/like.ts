/**
 * `LIKE` pattern that matches `text` anywhere, its own `%`, `_` and `\` taken literally. Use it with
 * `LIKE ? ESCAPE '\'`.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
