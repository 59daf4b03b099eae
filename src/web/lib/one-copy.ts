/**
 * Keeps one copy of each equal string: a parsed answer holds every occurrence of a repeated value apart (the
 * same date or enum text on thousands of records). Returns the kept copy of the value given.
 */
export function oneCopyOfEach(): (value: string) => string {
  const kept = new Map<string, string>();
  return (value) => {
    const found = kept.get(value);
    if (found !== undefined) return found;
    kept.set(value, value);
    return value;
  };
}
