import { create } from 'zustand';
import type { TaskGroupType } from '@/api/task-group';
import type { MoveItem } from './timeline-model';

/** One undoable drop, as pure data: the PATCH that did it and the PATCH that undoes it. */
export interface HistoryEntry {
  group: TaskGroupType;
  label: string;
  forward: MoveItem[];
  backward: MoveItem[];
}

interface TimelineUi {
  selected: number[];
  /** Rows folded to their header, by `${grouping}:${id}`. */
  collapsed: Record<string, true>;
  openTaskId: number | null;
  /** The panel was opened from the keyboard: it takes the focus (a pointer click leaves it on the bar). */
  panelFocus: boolean;
  /** Task being dragged (kept mounted while culling and virtualizing). */
  draggingId: number | null;
  /** Bar holding the keyboard focus (kept mounted while culling lanes and days). */
  focusedId: number | null;
  undo: HistoryEntry[];
  redo: HistoryEntry[];
  barClicked: (id: number, additive: boolean, viaKeyboard?: boolean) => void;
  /** A new workspace: selection and history belong to the old one. */
  workspaceEntered: () => void;
  selectionCleared: () => void;
  groupToggled: (key: string) => void;
  panelClosed: () => void;
  dragStarted: (id: number) => void;
  dragEnded: () => void;
  barFocused: (id: number | null) => void;
  recorded: (entry: HistoryEntry) => void;
  pushUndo: (entry: HistoryEntry) => void;
  pushRedo: (entry: HistoryEntry) => void;
  popUndo: () => HistoryEntry | undefined;
  popRedo: () => HistoryEntry | undefined;
}

const LIMIT = 50;

/** UI state of the Timeline (never server data: bars live in the Query cache). */
export const useTimelineUi = create<TimelineUi>((set, get) => ({
  selected: [],
  collapsed: {},
  openTaskId: null,
  panelFocus: false,
  draggingId: null,
  focusedId: null,
  undo: [],
  redo: [],
  barClicked: (id, additive, viaKeyboard = false) =>
    set((s) =>
      additive
        ? { selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id] }
        : { selected: [id], openTaskId: id, panelFocus: viaKeyboard },
    ),
  selectionCleared: () => set({ selected: [] }),
  workspaceEntered: () =>
    set({ selected: [], openTaskId: null, draggingId: null, focusedId: null, undo: [], redo: [] }),
  groupToggled: (key) =>
    set((s) => {
      const collapsed = { ...s.collapsed };
      if (collapsed[key]) delete collapsed[key];
      else collapsed[key] = true;
      return { collapsed };
    }),
  panelClosed: () => set({ openTaskId: null }),
  dragStarted: (id) => set({ draggingId: id }),
  dragEnded: () => set({ draggingId: null }),
  barFocused: (id) => set({ focusedId: id }),
  recorded: (entry) => set((s) => ({ undo: [...s.undo.slice(-LIMIT + 1), entry], redo: [] })),
  pushUndo: (entry) => set((s) => ({ undo: [...s.undo.slice(-LIMIT + 1), entry] })),
  pushRedo: (entry) => set((s) => ({ redo: [...s.redo.slice(-LIMIT + 1), entry] })),
  popUndo: () => {
    const entry = get().undo.at(-1);
    if (entry) set((s) => ({ undo: s.undo.slice(0, -1) }));
    return entry;
  },
  popRedo: () => {
    const entry = get().redo.at(-1);
    if (entry) set((s) => ({ redo: s.redo.slice(0, -1) }));
    return entry;
  },
}));
