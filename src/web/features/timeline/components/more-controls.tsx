import { useId, useState, type ReactNode } from 'react';

/**
 * The view's secondary controls. On a phone they fold behind a "More" toggle, so the toolbar takes a few rows
 * and the chart most of the screen (as in Float's and Toggl's mobile views); on a wider screen the toggle is
 * hidden and they show in line (timeline.css). Folded, they are out of the page (not merely out of sight), so
 * the keyboard does not tab into hidden controls.
 */
export function MoreControls({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="btn tl-more-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        More
      </button>
      <div id={id} className="tl-top-more" data-open={open || undefined}>
        {children}
      </div>
    </>
  );
}
