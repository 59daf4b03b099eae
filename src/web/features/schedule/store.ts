import { create } from 'zustand';
import type { TimeBlockPatchItem, TimeBlockWithTask } from '@/api/time-block';
import { createHistorySlice, historyCallbacks, type HistorySlice } from '@/web/lib/history';

export type RowMode = 'users' | 'days';

/** One undoable bulk PATCH: what was sent and what puts it back. */
export interface PatchEntry {
  kind?: 'patch';
  label: string;
  forward: TimeBlockPatchItem[];
  backward: TimeBlockPatchItem[];
}

/**
 * Blocks booked or deleted: the step deletes them (soft) or brings them back (restore), keeping their ids, so
 * the steps around it still name the same blocks. `forward` is what the step did ('restore' for a booking).
 */
export interface PresenceEntry {
  kind: 'presence';
  label: string;
  blocks: TimeBlockWithTask[];
  forward: 'delete' | 'restore';
}

export type HistoryEntry = PatchEntry | PresenceEntry;

interface ScheduleUi extends HistorySlice<HistoryEntry> {
  /** Monday of the visible week, `YYYY-MM-DD` in the user's zone; null = this week. */
  weekStart: string | null;
  /** Visible day in the 'day' span (the span and the rows are in the URL: view-state.ts). */
  day: string | null;
  showArchived: boolean;
  taskFilter: string;
  selected: number[];
  weekShown: (weekStart: string, day: string) => void;
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
  showArchived: false,
  taskFilter: '',
  selected: [],
  weekShown: (weekStart, day) => set({ weekStart, day, selected: [] }),
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
