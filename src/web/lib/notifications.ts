import { create } from 'zustand';
import { describeError } from './api-error';

export interface Notice {
  id: number;
  /** Errors and warnings stay until dismissed; info fades. */
  kind: 'error' | 'warning' | 'info';
  text: string;
  /** One thing the user can do about it (the notice closes when it is done). */
  action?: { label: string; run: () => void };
}

interface NoticeState {
  notices: Notice[];
  /** Shows a notice; answers its id (to dismiss it when what it says no longer holds). */
  push: (kind: Notice['kind'], text: string, action?: Notice['action']) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Messages for the user (failed writes, rollbacks); shown by the Toaster in an aria-live region. */
export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  // At most three at once (the oldest goes): a row of failed saves stacked five notices over the page.
  push: (kind, text, action) => {
    const id = nextId++;
    set((s) => ({ notices: [...s.notices.slice(-2), { id, kind, text, action }] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

/**
 * Tells the user that a write failed and was undone on screen. The notice is an alert: screen readers hear it
 * once, so callers announce nothing more (two live regions at once cut each other off).
 */
export function notifyWriteFailed(what: string, error: unknown): void {
  useNotices.getState().push('error', `${what} failed and was undone: ${describeError(error)}`);
}

/** Tells the user that a save failed, and that what they typed is still in its field to send again. */
export function notifySaveFailedKept(what: string, error: unknown): void {
  useNotices
    .getState()
    .push(
      'error',
      `${what} failed: ${describeError(error)} What you typed is still in the field: Enter sends it again.`,
    );
}

/** Something the user should look at, though nothing failed; it stays until dismissed. */
export function notifyWarning(text: string): number {
  return useNotices.getState().push('warning', text);
}

export function notifyInfo(text: string): void {
  useNotices.getState().push('info', text);
}

/** Tells the user that a write was not sent (someone else changed its data) and offers to send it anyway. */
export function notifyConflict(text: string, action?: Notice['action']): void {
  useNotices.getState().push('warning', text, action);
}
