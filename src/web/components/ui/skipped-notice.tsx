import type { QueryKey } from '@tanstack/react-query';
import { useSkipped } from '@/web/lib/skipped-records';
import { skippedDetails, skippedSentence } from '@/web/lib/skipped-words';

/**
 * Says on a view how many records its reads left out because Toggl sent them in a form the planner cannot use
 * (see parseLeniently), with the fields behind it folded away under Details. Nothing when nothing was left out.
 */
export function SkippedNotice({ queryKeys }: { queryKeys: readonly QueryKey[] }) {
  const skipped = useSkipped(queryKeys);
  if (!skipped.length) return null;
  return (
    <div className="data-notice" role="status" data-testid="skipped-notice">
      <span>{skippedSentence(skipped)}</span>
      <details>
        <summary>Details</summary>
        <ul>
          {skippedDetails(skipped).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
