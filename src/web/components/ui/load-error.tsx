import { useState } from 'react';
import { ApiError, describeError } from '@/web/lib/api-error';

interface LoadErrorProps {
  /** What failed to load, as in "the timeline", "your workspaces". */
  what: string;
  error: unknown;
  /** Reads again (the failed query's refetch). */
  onRetry: () => Promise<unknown> | void;
  /** A small line inside a panel rather than a page's message. */
  inline?: boolean;
}

/**
 * A read that failed: what could not be loaded and why, in plain words, with Retry. What Toggl sent that the
 * planner could not read (field names, for support) stays folded away under Details.
 */
export function LoadError({ what, error, onRetry, inline = false }: LoadErrorProps) {
  const [retrying, setRetrying] = useState(false);
  const details = error instanceof ApiError ? (error.details ?? []) : [];
  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry();
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div className={inline ? 'load-error inline error-text' : 'page-message error load-error'} role="alert">
      <span>
        Could not load {what}: {describeError(error)}
      </span>{' '}
      <button type="button" className="btn" disabled={retrying} onClick={() => void retry()}>
        {retrying ? 'Retrying…' : 'Retry'}
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
