import { useTimelineUi } from '../store';

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
