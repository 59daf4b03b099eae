/**
 * The account reads every view starts with (who, which workspaces, which settings) are sent by a small script
 * in index.html while the app's own script still loads and runs (a third of a second here; over a real
 * network, one round trip to Toggl saved on every open). The app takes each answer once, in place of its
 * own request for the same URL; a later read of it is an ordinary request.
 */
export const EARLY_READS = [
  '/api/track/me',
  '/api/track/me/workspaces',
  '/api/focus/users/me/settings',
] as const;

/** An early read's answer, and when it arrived (its quota and `Date` headers are as of then). */
export interface EarlyAnswer {
  response: Response;
  at: number;
}

declare global {
  interface Window {
    /** Set by index.html: the early reads' answers by URL, each taken once. */
    __earlyReads?: Record<string, Promise<EarlyAnswer> | undefined>;
    /** Set by index.html: sends one early read (as its own are sent). */
    __earlyRead?: (url: string) => Promise<EarlyAnswer>;
    /** Set by the app's small entry (app/early-view): settled once it has sent the view's first reads. */
    __earlyView?: Promise<void>;
  }
}

/** The early answer for a GET of `url` if there is one not taken yet (it is then no longer there). */
export function takeEarlyRead(url: string): Promise<EarlyAnswer> | undefined {
  const reads = typeof window === 'undefined' ? undefined : window.__earlyReads;
  const answer = reads?.[url];
  if (answer) delete reads[url];
  return answer;
}

/**
 * Settles once the app's small entry has sent the opening view's first reads (app/early-view), if it did: a
 * read of the app that may be among them waits for it, then takes the early answer instead of asking again.
 */
export function earlyViewReadsSent(): Promise<void> | undefined {
  const sent = typeof window === 'undefined' ? undefined : window.__earlyView;
  // Not longer than this: an account read that takes its time must not hold the view's reads back (at worst
  // one of them is then asked twice).
  return sent && Promise.race([sent, new Promise<void>((resolve) => setTimeout(resolve, EARLY_WAIT_MS))]);
}
const EARLY_WAIT_MS = 1_500;
