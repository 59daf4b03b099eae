import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { describeError } from '@/web/lib/api-error';
import { availabilityQueries } from '@/web/lib/queries/availability';
import { addDays, addMonths, firstOfMonth, type Day } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { useTimeOffMutations } from '../api/time-off-mutations';
import { TimeOffForm } from './time-off-form';
import { TimeOffRow } from './time-off-row';

interface Props {
  scope: WorkspaceScope;
  person: { id: number; name: string };
  zone: string;
  today: Day;
}

/**
 * A person's time off from last month to a year ahead (one read when opened), in whole days of the viewer's
 * zone; each is changed or deleted in place, and new ones are added below.
 */
export function TimeOffEditor({ scope, person, zone, today }: Props) {
  const range = useMemo(
    () => ({ start: addMonths(firstOfMonth(today), -1), end: addDays(today, 365) }),
    [today],
  );
  const query = availabilityQueries.timeOffOf(scope.organizationId, person.id, range);
  const entries = useQuery(query);
  const writes = useTimeOffMutations(scope, person.id, query.queryKey);
  return (
    <section className="tm-time-off" aria-labelledby="tm-time-off-title" data-testid="time-off-editor">
      <h3 id="tm-time-off-title">Time off</h3>
      {/* Here, not on the page: the modal dialog covers the page's own notice. */}
      <SkippedNotice queryKeys={[query.queryKey]} />
      {entries.isPending ? <p>Loading time off…</p> : null}
      {entries.isError ? (
        <p role="alert">Could not load the time off: {describeError(entries.error)}</p>
      ) : null}
      {entries.isSuccess ? (
        <>
          {entries.data.length === 0 ? <p className="tm-note">No time off booked.</p> : null}
          <ul className="tm-entries">
            {entries.data.map((entry) => (
              <TimeOffRow
                key={entry.timeoff_id}
                entry={entry}
                entries={entries.data}
                zone={zone}
                writes={writes}
              />
            ))}
          </ul>
          <TimeOffForm entries={entries.data} zone={zone} create={writes.create} />
        </>
      ) : null}
    </section>
  );
}
