import type { Filters } from '../view-state';

/** What the grid says when the search or the filters match no task around the dates in view. */
export function NoMatches({ filters }: { filters: Filters }) {
  const what = filters.q ? `“${filters.q}”` : 'these filters';
  return (
    <p className="page-message" role="status" data-testid="timeline-no-match">
      No tasks match {what} around these dates. Change the {filters.q ? 'search' : 'filters'}, or Clear
      filters to see every task.
    </p>
  );
}
