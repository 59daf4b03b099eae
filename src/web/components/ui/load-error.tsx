import { useState } from 'react';
import { ApiError, describeError } from '@/web/lib/api-error';

interface LoadErrorProps {
  /** What could not be loaded, as it reads after "Could not load": "the schedule", "your workspaces". */
  what: string;
  error: unknown;
  /** Reads again what failed (e.g. `query.refetch`); several queries: refetch each failed one. */
  onRetry: () => unknown;
  /** Whether what failed is being read again (the Retry it started is tracked here too). */
  retrying?: boolean;
  /** A small line inside a panel rather than a page's message. */
  inline?: boolean;
}

/**
 * A read that failed: what, why in plain words (the upstream's message, the quota's reset time), and Retry.
 * One component for every view, so a failed load always offers the same way out. What Toggl sent that the
 * planner could not read (field names, for support) stays folded away under Details.
 */
export function LoadError({ what, error, onRetry, retrying = false, inline = false }: LoadErrorProps) {
  const [ownRetry, setOwnRetry] = useState(false);
  const details = error instanceof ApiError ? (error.details ?? []) : [];
  const busy = retrying || ownRetry;
  const retry = async () => {
    setOwnRetry(true);
    try {
      await onRetry();
    } finally {
      setOwnRetry(false);
    }
  };
  return (
    <div className={inline ? 'load-error inline error-text' : 'page-message error load-error'} role="alert">
      <p>
        Could not load {what}: {describeError(error)}
      </p>
      <button type="button" className="btn" disabled={busy} onClick={() => void retry()}>
        {busy ? 'Retrying…' : 'Retry'}
      </button>
      {details.length > 0 && (
        <details className="load-error-details">
          <summary>Details</summary>
          <ul>
            {details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
