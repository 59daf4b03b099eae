import { create } from 'zustand';
import type { TaskGroupType } from '@/api/task-group';
import { createHistorySlice, historyCallbacks, type HistorySlice } from '@/web/lib/history';
import type { MoveItem } from './timeline-model';
import type { TaskWrite } from './task-writes';
import type { MilestoneWrite } from './milestone-writes';
import type { MilestoneDialogState } from './milestone-context';

/** One undoable drop, as pure data: the PATCH that did it and the PATCH that undoes it. */
export interface MoveEntry {
  kind?: 'move';
  group: TaskGroupType;
  label: string;
  forward: MoveItem[];
  backward: MoveItem[];
}

/** A drop onto Unassigned of tasks that others are assigned to: what it would send, waiting for the user. */
export interface UnassignQuestion {
  items: MoveItem[];
  label: string;
  /** The moved tasks that have other assignees besides the row they were dragged from. */
  shared: { id: number; name: string; from: number; others: number[] }[];
  /** Time blocks the move leaves outside a task's dates, said once it is saved. */
  warning?: string;
}

/** One undoable task edit (field, state, create, bulk): the write and the write that undoes it. */
export interface TaskEntry {
  kind: 'task';
  label: string;
  forward: TaskWrite;
  backward: TaskWrite;
}

/** One undoable milestone write (create, move, rename, complete, delete) and the write that undoes it. */
export interface MilestoneEntry {
  kind: 'milestone';
  label: string;
  forward: MilestoneWrite;
  backward: MilestoneWrite;
}

export type HistoryEntry = MoveEntry | TaskEntry | MilestoneEntry;

/** The bar menu: which task, where (viewport pixels). */
export interface BarMenu {
  taskId: number;
  x: number;
  y: number;
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
  /** A bar moved by the keyboard into this row: it takes the focus when it mounts there (its old one is gone). */
  refocus: { taskId: number; groupId: number } | null;
  refocusAsked: (refocus: { taskId: number; groupId: number }) => void;
  refocusDone: () => void;
  barClicked: (id: number, additive: boolean, viaKeyboard?: boolean) => void;
  /** A new workspace: selection and history belong to the old one. */
  workspaceEntered: () => void;
  selectionCleared: () => void;
  groupToggled: (key: string) => void;
  panelClosed: () => void;
  dragStarted: (id: number, edge?: 'start' | 'end' | null) => void;
  dragEnded: () => void;
  barFocused: (id: number | null) => void;
  /** The bar whose name is being edited in place. */
  renamingId: number | null;
  menu: BarMenu | null;
  /** Tasks waiting for the user to confirm their deletion. */
  deleteAsked: number[] | null;
  renameStarted: (id: number) => void;
  renameEnded: () => void;
  menuOpened: (menu: BarMenu) => void;
  menuClosed: () => void;
  deleteRequested: (ids: number[]) => void;
  deleteSettled: () => void;
  unassignQuestion: UnassignQuestion | null;
  /** The workload strips count draft projects' work too (apart from the committed load). */
  includeDrafts: boolean;
  draftsToggled: () => void;
  /** The milestone dialog: creating one on a day, or editing one. */
  milestoneDialog: MilestoneDialogState;
  milestoneDialogOpened: (state: MilestoneDialogState) => void;
  unassignAsked: (question: UnassignQuestion) => void;
  unassignAnswered: () => void;
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
  refocus: null,
  refocusAsked: (refocus) => set({ refocus }),
  refocusDone: () => set({ refocus: null }),
  renamingId: null,
  menu: null,
  deleteAsked: null,
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
      refocus: null,
      renamingId: null,
      menu: null,
      deleteAsked: null,
      unassignQuestion: null,
      milestoneDialog: null,
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
  dragStarted: (id, edge = null) => set({ draggingId: id, dragEdge: edge, refocus: null }),
  dragEnded: () => set({ draggingId: null, dragEdge: null }),
  barFocused: (id) => set({ focusedId: id }),
  renameStarted: (id) => set({ renamingId: id, menu: null }),
  renameEnded: () => set({ renamingId: null }),
  menuOpened: (menu) => set({ menu }),
  menuClosed: () => set({ menu: null }),
  deleteRequested: (ids) => set({ deleteAsked: ids, menu: null }),
  deleteSettled: () => set({ deleteAsked: null }),
  unassignQuestion: null,
  includeDrafts: false,
  draftsToggled: () => set((s) => ({ includeDrafts: !s.includeDrafts })),
  milestoneDialog: null,
  milestoneDialogOpened: (milestoneDialog) => set({ milestoneDialog }),
  unassignAsked: (unassignQuestion) => set({ unassignQuestion }),
  unassignAnswered: () => set({ unassignQuestion: null }),
}));

/** The Timeline's history as the mutations see it. */
export const timelineHistory = historyCallbacks(useTimelineUi);
