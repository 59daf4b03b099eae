import { createContext } from 'react';

/** What a bar itself does to its task: save a name typed in place. */
export interface BarEditing {
  rename: (id: number, name: string) => void;
}

/**
 * Given by the page, stable for its whole life: the bars are memoized deep in the grid, and a context value
 * that changed would re-render every one of them.
 */
export const TaskEditContext = createContext<BarEditing | null>(null);
