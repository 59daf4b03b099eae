import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import {
  createHistorySlice,
  historyCallbacks,
  HISTORY_LIMIT,
  settleHistory,
  type HistorySlice,
} from './history';

interface Store extends HistorySlice<string> {
  other: number;
}
const newStore = (limit?: number) =>
  create<Store>((set, get) => ({ ...createHistorySlice<string>(set, get, limit), other: 7 }));

describe('history slice', () => {
  it('records, takes the latest step, and forgets redo on a new change', () => {
    const store = newStore();
    const h = store.getState();
    h.recorded('a');
    h.recorded('b');
    expect(store.getState().takeUndo()).toBe('b');
    store.getState().pushRedo('b');
    expect(store.getState()).toMatchObject({ undoStack: ['a'], redoStack: ['b'], other: 7 });
    store.getState().recorded('c');
    expect(store.getState()).toMatchObject({ undoStack: ['a', 'c'], redoStack: [] });
    expect(store.getState().takeRedo()).toBeUndefined();
  });

  it(`keeps at most ${HISTORY_LIMIT} steps on either stack, dropping the oldest`, () => {
    const store = newStore();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      store.getState().pushUndo(`u${i}`);
      store.getState().pushRedo(`r${i}`);
    }
    const { undoStack, redoStack } = store.getState();
    expect(undoStack).toHaveLength(HISTORY_LIMIT);
    expect(undoStack[0]).toBe('u20');
    expect(undoStack.at(-1)).toBe(`u${HISTORY_LIMIT + 19}`);
    // Replayed undos fill the redo stack too: it is bounded as well.
    expect(redoStack).toHaveLength(HISTORY_LIMIT);
    store.getState().pushUndo('x');
    expect(store.getState().undoStack).toHaveLength(HISTORY_LIMIT);
  });

  it('honours a smaller limit and clears both stacks', () => {
    const store = newStore(2);
    ['a', 'b', 'c'].forEach((e) => store.getState().pushUndo(e));
    expect(store.getState().undoStack).toEqual(['b', 'c']);
    store.getState().pushRedo('z');
    store.getState().historyCleared();
    expect(store.getState()).toMatchObject({ undoStack: [], redoStack: [] });
  });
});

describe('settleHistory', () => {
  const run = (mode: 'record' | 'undo' | 'redo', succeeded: boolean) => {
    const store = newStore();
    store.getState().pushRedo('old redo');
    settleHistory(historyCallbacks(store), mode, 'step', succeeded);
    const { undoStack, redoStack } = store.getState();
    return { undoStack, redoStack };
  };

  it('records a new change only when it succeeded', () => {
    expect(run('record', true)).toEqual({ undoStack: ['step'], redoStack: [] });
    expect(run('record', false)).toEqual({ undoStack: [], redoStack: ['old redo'] });
  });

  it('moves a replayed step to the other stack, or back to its own when it failed', () => {
    expect(run('undo', true)).toEqual({ undoStack: [], redoStack: ['old redo', 'step'] });
    expect(run('undo', false)).toEqual({ undoStack: ['step'], redoStack: ['old redo'] });
    expect(run('redo', true)).toEqual({ undoStack: ['step'], redoStack: ['old redo'] });
    expect(run('redo', false)).toEqual({ undoStack: [], redoStack: ['old redo', 'step'] });
  });
});
