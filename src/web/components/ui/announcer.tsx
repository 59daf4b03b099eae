import { create } from 'zustand';

interface AnnouncerState {
  message: string;
  announce: (message: string) => void;
}

/** What screen readers hear after a keyboard or pointer move ("Moved 'Build API' to Tue 3 Dec"). */
export const useAnnouncer = create<AnnouncerState>((set) => ({
  message: '',
  announce: (message) => set({ message }),
}));

export function Announcer() {
  const message = useAnnouncer((s) => s.message);
  return (
    <div className="sr-only" role="status" aria-live="assertive" data-testid="announcer">
      {message}
    </div>
  );
}
