import { createContext, useContext } from 'react';
import type { TaskGroupEntry } from '@/api/task-group';
import type { CapacityWindow } from './api/use-capacity-window';

export interface WorkloadValue {
  window: CapacityWindow;
  /** A task on the Timeline by id (the dragged bar's estimate and dates, for the strip's preview). */
  taskOf: (id: number) => TaskGroupEntry | undefined;
}

/**
 * The strips' data, given by the page: a context, so a capacity answer re-renders the strips only, not the
 * rows and their bars.
 */
export const WorkloadContext = createContext<WorkloadValue | null>(null);

export const useWorkload = () => useContext(WorkloadContext);
