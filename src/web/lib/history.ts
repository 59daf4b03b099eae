/** Undo steps kept per view; the oldest falls off beyond this. */
export const HISTORY_LIMIT = 100;

/** Why a write runs: a new change ('record'), or the replay of an undo or redo step. */
export type HistoryMode = 'record' | 'undo' | 'redo';

/** What a write does with the history when it ends: the mutations get these as callbacks, never the store. */
export interface HistoryCallbacks<E> {
  /** A new change succeeded: it can be undone, and what was undone before can no longer be redone. */
  recorded: (entry: E) => void;
  pushUndo: (entry: E) => void;
  pushRedo: (entry: E) => void;
}

/** Undo and redo stacks of one view's store (a zustand slice: spread it into the store's creator). */
export interface HistorySlice<E> extends HistoryCallbacks<E> {
  undoStack: E[];
  redoStack: E[];
  /** Takes the step to undo (or redo) off its stack; the write that replays it puts it on the other one. */
  takeUndo: () => E | undefined;
  takeRedo: () => E | undefined;
  historyCleared: () => void;
}

type Stacks<E> = Pick<HistorySlice<E>, 'undoStack' | 'redoStack'>;

/** The history slice over a store's `set` and `get`, each stack at most `limit` entries long. */
export function createHistorySlice<E>(
  set: (change: (state: Stacks<E>) => Partial<Stacks<E>>) => void,
  get: () => Stacks<E>,
  limit = HISTORY_LIMIT,
): HistorySlice<E> {
  const pushed = (stack: E[], entry: E) => [...stack, entry].slice(-limit);
  const take = (which: keyof Stacks<E>) => {
    const entry = get()[which].at(-1);
    if (entry !== undefined) set((s) => ({ [which]: s[which].slice(0, -1) }));
    return entry;
  };
  return {
    undoStack: [],
    redoStack: [],
    recorded: (entry) => set((s) => ({ undoStack: pushed(s.undoStack, entry), redoStack: [] })),
    pushUndo: (entry) => set((s) => ({ undoStack: pushed(s.undoStack, entry) })),
    pushRedo: (entry) => set((s) => ({ redoStack: pushed(s.redoStack, entry) })),
    takeUndo: () => take('undoStack'),
    takeRedo: () => take('redoStack'),
    historyCleared: () => set(() => ({ undoStack: [], redoStack: [] })),
  };
}

/**
 * Where a write's history entry goes when it ends. A new change is recorded once it succeeded. A replayed
 * undo that succeeded can be redone (and a redo undone); one that failed goes back on the stack it came
 * from, so the user can try again.
 */
export function settleHistory<E>(
  history: HistoryCallbacks<E>,
  mode: HistoryMode,
  entry: E,
  succeeded: boolean,
): void {
  if (mode === 'record') {
    if (succeeded) history.recorded(entry);
    return;
  }
  const toUndoStack = (mode === 'redo') === succeeded;
  (toUndoStack ? history.pushUndo : history.pushRedo)(entry);
}

/** The history callbacks of a store, read when called (stable: safe to create once per store). */
export function historyCallbacks<E>(store: { getState: () => HistoryCallbacks<E> }): HistoryCallbacks<E> {
  return {
    recorded: (entry) => store.getState().recorded(entry),
    pushUndo: (entry) => store.getState().pushUndo(entry),
    pushRedo: (entry) => store.getState().pushRedo(entry),
  };
}
