import { create } from 'zustand';
import type { TimeBlockPatchItem } from '@/api/time-block';
import { createHistorySlice, historyCallbacks, type HistorySlice } from '@/web/lib/history';

export type RowMode = 'users' | 'days';
export type Span = 'day' | 'week';

/** One undoable bulk PATCH: what was sent and what puts it back. */
export interface HistoryEntry {
  label: string;
  forward: TimeBlockPatchItem[];
  backward: TimeBlockPatchItem[];
}

interface ScheduleUi extends HistorySlice<HistoryEntry> {
  /** Monday of the visible week, `YYYY-MM-DD` in the user's zone; null = this week. */
  weekStart: string | null;
  /** Visible day in the 'day' span. */
  day: string | null;
  span: Span;
  rowMode: RowMode;
  /** The user whose days are rows in the 'days' mode (user account id). */
  focusUser: number | null;
  showArchived: boolean;
  taskFilter: string;
  selected: number[];
  weekShown: (weekStart: string, day: string) => void;
  spanChosen: (span: Span) => void;
  rowModeChosen: (mode: RowMode, user?: number) => void;
  archivedToggled: () => void;
  taskFilterChanged: (text: string) => void;
  blockClicked: (id: number, additive: boolean) => void;
  selectionCleared: () => void;
}

/** UI state of the Schedule (never server data: blocks and tasks live in the Query cache). */
export const useScheduleUi = create<ScheduleUi>((set, get) => ({
  ...createHistorySlice<HistoryEntry>(set, get),
  weekStart: null,
  day: null,
  span: 'week',
  rowMode: 'users',
  focusUser: null,
  showArchived: false,
  taskFilter: '',
  selected: [],
  weekShown: (weekStart, day) => set({ weekStart, day, selected: [] }),
  spanChosen: (span) => set({ span }),
  rowModeChosen: (rowMode, user) => set((s) => ({ rowMode, focusUser: user ?? s.focusUser, selected: [] })),
  archivedToggled: () => set((s) => ({ showArchived: !s.showArchived, selected: [] })),
  taskFilterChanged: (taskFilter) => set({ taskFilter }),
  blockClicked: (id, additive) =>
    set((s) => ({
      selected: additive
        ? s.selected.includes(id)
          ? s.selected.filter((x) => x !== id)
          : [...s.selected, id]
        : [id],
    })),
  selectionCleared: () => set({ selected: [] }),
}));

/** The Schedule's history as the mutations see it. */
export const scheduleHistory = historyCallbacks(useScheduleUi);
