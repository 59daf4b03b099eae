import { describeError } from '@/web/lib/api-error';

interface Props {
  /** What could not be loaded, as it reads after "Could not load": "the schedule", "projects". */
  what: string;
  error: unknown;
  /** Reads again what failed (e.g. `query.refetch`); several queries: refetch each failed one. */
  onRetry: () => unknown;
  retrying?: boolean;
}

/**
 * A read that failed: what, why in plain words (the upstream's message, the quota's reset time), and Retry.
 * One component for every view, so a failed load always offers the same way out.
 */
export function LoadError({ what, error, onRetry, retrying = false }: Props) {
  return (
    <div className="page-message error load-error" role="alert">
      <p>
        Could not load {what}: {describeError(error)}
      </p>
      <button type="button" className="btn" onClick={() => void onRetry()} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
