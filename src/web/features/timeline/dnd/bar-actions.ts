import { createContext, useContext } from 'react';

/** Keyboard edits of a resting bar (one PATCH each), provided by the grid's drag-and-drop hook. */
export interface BarActions {
  resizeEnd: (taskId: number, groupId: number, days: number) => void;
}

export const BarActionsContext = createContext<BarActions>({ resizeEnd: () => {} });
export const useBarActions = () => useContext(BarActionsContext);
