import { useCallback, useEffect, useRef } from 'react';
import type { HistorySlice } from './history';

/**
 * Undo and redo of a view: each takes the step off its stack and hands it to `replay` (which sends the write
 * and settles the history), with the keyboard shortcuts Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y outside
 * text fields. The returned functions are stable.
 */
export function useUndoRedo<E>(
  store: { getState: () => HistorySlice<E> },
  replay: (entry: E, mode: 'undo' | 'redo') => void,
): { undo: () => void; redo: () => void } {
  const latest = useRef(replay);
  useEffect(() => {
    latest.current = replay;
  });
  const undo = useCallback(() => {
    const entry = store.getState().takeUndo();
    if (entry !== undefined) latest.current(entry, 'undo');
  }, [store]);
  const redo = useCallback(() => {
    const entry = store.getState().takeRedo();
    if (entry !== undefined) latest.current(entry, 'redo');
  }, [store]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
      const key = e.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      e.preventDefault();
      if (key === 'y' || e.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return { undo, redo };
}
