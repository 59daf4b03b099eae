import { create } from 'zustand';
import type { TaskGroupType } from '@/api/task-group';
import { createHistorySlice, historyCallbacks, type HistorySlice } from '@/web/lib/history';
import type { MoveItem } from './timeline-model';

/** One undoable drop, as pure data: the PATCH that did it and the PATCH that undoes it. */
export interface HistoryEntry {
  group: TaskGroupType;
  label: string;
  forward: MoveItem[];
  backward: MoveItem[];
}

interface TimelineUi extends HistorySlice<HistoryEntry> {
  selected: number[];
  /** Rows folded to their header, by `${grouping}:${id}`. */
  collapsed: Record<string, true>;
  openTaskId: number | null;
  /** The panel was opened from the keyboard: it takes the focus (a pointer click leaves it on the bar). */
  panelFocus: boolean;
  /** Task being dragged (kept mounted while culling and virtualizing). */
  draggingId: number | null;
  /** The edge being dragged when the drag resizes the task (picked up on a handle), else null. */
  dragEdge: 'start' | 'end' | null;
  /** Bar holding the keyboard focus (kept mounted while culling lanes and days). */
  focusedId: number | null;
  barClicked: (id: number, additive: boolean, viaKeyboard?: boolean) => void;
  /** A new workspace: selection and history belong to the old one. */
  workspaceEntered: () => void;
  selectionCleared: () => void;
  groupToggled: (key: string) => void;
  panelClosed: () => void;
  dragStarted: (id: number, edge?: 'start' | 'end' | null) => void;
  dragEnded: () => void;
  barFocused: (id: number | null) => void;
}

/** UI state of the Timeline (never server data: bars live in the Query cache). */
export const useTimelineUi = create<TimelineUi>((set, get) => ({
  ...createHistorySlice<HistoryEntry>(set, get),
  selected: [],
  collapsed: {},
  openTaskId: null,
  panelFocus: false,
  draggingId: null,
  dragEdge: null,
  focusedId: null,
  barClicked: (id, additive, viaKeyboard = false) =>
    set((s) =>
      additive
        ? { selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id] }
        : { selected: [id], openTaskId: id, panelFocus: viaKeyboard },
    ),
  selectionCleared: () => set({ selected: [] }),
  workspaceEntered: () =>
    set({
      selected: [],
      openTaskId: null,
      draggingId: null,
      dragEdge: null,
      focusedId: null,
      undoStack: [],
      redoStack: [],
    }),
  groupToggled: (key) =>
    set((s) => {
      const collapsed = { ...s.collapsed };
      if (collapsed[key]) delete collapsed[key];
      else collapsed[key] = true;
      return { collapsed };
    }),
  panelClosed: () => set({ openTaskId: null }),
  dragStarted: (id, edge = null) => set({ draggingId: id, dragEdge: edge }),
  dragEnded: () => set({ draggingId: null, dragEdge: null }),
  barFocused: (id) => set({ focusedId: id }),
}));

/** The Timeline's history as the mutations see it. */
export const timelineHistory = historyCallbacks(useTimelineUi);
