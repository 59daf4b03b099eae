/**
 * Ids of entries shown before the server has created them: negative, never reused in a session, and
 * resolved to the server's id once the creation is answered (a change to such an entry made meanwhile
 * waits for its creation, then addresses the real id).
 */
let next = 0;
export const tempId = (): number => --next;

export function createIdResolver() {
  const real = new Map<number, number>();
  return {
    settle(temp: number, id: number): void {
      real.set(temp, id);
    },
    /** The server's id, or null for a creation that has not been answered (or failed). */
    resolve(id: number): number | null {
      return id > 0 ? id : (real.get(id) ?? null);
    },
  };
}
export type IdResolver = ReturnType<typeof createIdResolver>;
