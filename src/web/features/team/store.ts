import { create } from 'zustand';

interface TeamUiState {
  /** First day of the month whose load is shown; null = this month. */
  month: string | null;
  /** The person whose week and time off are being edited. */
  editing: number | null;
  /** Something was written since the editor opened: the loads on screen are refreshed when it closes. */
  changed: boolean;
  monthChosen: (month: string) => void;
  editorOpened: (userId: number) => void;
  availabilityChanged: () => void;
  /** Closes the editor; true when the loads need a refresh. */
  editorClosed: () => boolean;
}

export const useTeamUi = create<TeamUiState>((set, get) => ({
  month: null,
  editing: null,
  changed: false,
  monthChosen: (month) => set({ month }),
  editorOpened: (editing) => set({ editing, changed: false }),
  availabilityChanged: () => set({ changed: true }),
  editorClosed: () => {
    const { changed } = get();
    set({ editing: null, changed: false });
    return changed;
  },
}));
