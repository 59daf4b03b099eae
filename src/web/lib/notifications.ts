import { create } from 'zustand';
import { describeError } from './api-error';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface NoticeState {
  notices: Notice[];
  push: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Messages for the user (failed writes, rollbacks); shown by the Toaster in an aria-live region. */
export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  push: (kind, text) => set((s) => ({ notices: [...s.notices.slice(-4), { id: nextId++, kind, text }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

/** Tells the user that a write failed and was undone on screen. */
export function notifyWriteFailed(what: string, error: unknown): void {
  useNotices.getState().push('error', `${what} failed and was undone: ${describeError(error)}`);
}

export function notifyInfo(text: string): void {
  useNotices.getState().push('info', text);
}
