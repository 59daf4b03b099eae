import { useEffect, useState } from 'react';
import { updatedLabel } from '@/web/lib/freshness/age';
import { paceNote } from '@/web/lib/freshness/budget';
import type { Freshness } from '@/web/lib/freshness/use-freshness';
import './freshness-status.css';

/**
 * "Updated N min ago" and Refresh, for a view's toolbar; and, when the quota is low, what the planner does
 * about it. The age is plain text (a live region would speak every minute); the quota note is a status.
 */
export function FreshnessStatus({ freshness, what }: { freshness: Freshness; what: string }) {
  // Re-rendered every 20 s so the age moves on.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 20_000);
    return () => clearInterval(timer);
  }, []);
  const { currentAsOf, failed, busy, refresh, pace } = freshness;
  const note = paceNote(pace);
  const exact = currentAsOf === null ? undefined : new Date(currentAsOf).toLocaleTimeString();
  return (
    <div className="freshness" role="group" aria-label={`Freshness of ${what}`}>
      <span className="freshness-age" data-testid="updated-ago" title={exact && `Current as of ${exact}`}>
        {busy ? 'Updating…' : updatedLabel(currentAsOf, Date.now(), failed)}
      </span>
      <button
        type="button"
        className="btn freshness-refresh"
        aria-disabled={busy}
        aria-label={`Refresh ${what}`}
        onClick={() => {
          if (!busy) refresh();
        }}
      >
        Refresh
      </button>
      {note && (
        <span role="status" className="freshness-note">
          {note}
        </span>
      )}
    </div>
  );
}
