import { createContext, useContext } from 'react';
import type { Milestone } from '@/api/milestone';
import type { Day } from '@/web/lib/time/calendar-day';
import type { MilestoneChange } from './milestone-writes';

export type MilestoneDialogState = { mode: 'create'; date: Day } | { mode: 'edit'; id: number } | null;

export interface MilestoneValue {
  /** The window's live milestones, by due date. */
  list: readonly Milestone[];
  /** Sends one change (optimistic, undoable). */
  change: (c: MilestoneChange | null) => void;
}

/** The Timeline's milestones for the header flags and the body lines (given by the page). */
export const MilestoneContext = createContext<MilestoneValue | null>(null);
export const useMilestones = () => useContext(MilestoneContext);
