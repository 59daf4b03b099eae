import { useTimelineUi } from '../store';

/** Adds a milestone (a dialog asks its name and date, then one request). */
export function AddMilestoneButton({ day }: { day: string }) {
  const open = useTimelineUi((s) => s.milestoneDialogOpened);
  return (
    <button type="button" className="btn" onClick={() => open({ mode: 'create', date: day })}>
      Add milestone
    </button>
  );
}

/** The strips' options (People grouping only): draft projects' work, shown apart from the committed load. */
export function WorkloadControls() {
  const includeDrafts = useTimelineUi((s) => s.includeDrafts);
  const toggle = useTimelineUi((s) => s.draftsToggled);
  return (
    <label className="tl-wl-toggle">
      <input type="checkbox" checked={includeDrafts} onChange={toggle} /> Include draft projects
    </label>
  );
}
