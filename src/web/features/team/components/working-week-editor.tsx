import { useQuery } from '@tanstack/react-query';
import { describeError } from '@/web/lib/api-error';
import { availabilityQueries } from '@/web/lib/queries/availability';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { useWorkingWeekMutation } from '../api/working-week-mutations';
import { tempId } from '../temp-ids';
import {
  hoursText,
  resetWrite,
  weekOf,
  weekTotal,
  WEEKDAY_NAMES,
  writeFor,
  type WeekWrite,
} from '../week-model';
import { HoursInput } from './hours-input';

interface Props {
  scope: WorkspaceScope;
  person: { id: number; name: string; usualHours: number };
  canEdit: boolean;
}

/** A person's hours for each weekday (one read when opened), each day saved on its own. */
export function WorkingWeekEditor({ scope, person, canEdit }: Props) {
  const entries = useQuery(availabilityQueries.workingHours(scope.organizationId, person.id));
  const save = useWorkingWeekMutation(scope, person.id);
  if (entries.isPending) return <p>Loading the working week…</p>;
  if (entries.isError)
    return <p role="alert">Could not load the working week: {describeError(entries.error)}</p>;
  const week = weekOf(entries.data, person.usualHours);
  const send = (write: WeekWrite | null, label: string) => {
    if (!write) return;
    save.mutate({ write, label, temps: write.method === 'POST' ? write.body.map(() => tempId()) : [] });
  };
  return (
    <fieldset className="tm-week" data-testid="working-week">
      <legend>Working week</legend>
      {week.isDefault ? (
        <p className="tm-note">
          No working week set: Monday to Friday, {hoursText(person.usualHours)} a day. A change saves the
          whole week.
        </p>
      ) : null}
      {!canEdit ? <p className="tm-note">Only organization admins can change someone else’s week.</p> : null}
      <div className="tm-days">
        {week.days.map((day) => (
          <HoursInput
            key={day.weekday}
            label={WEEKDAY_NAMES[day.weekday]}
            hours={day.hours}
            disabled={!canEdit}
            onCommit={(hours) =>
              send(writeFor(week, day.weekday, hours), `${WEEKDAY_NAMES[day.weekday]}: ${hoursText(hours)}`)
            }
          />
        ))}
      </div>
      <p className="tm-total" aria-live="polite">
        {hoursText(weekTotal(week))} a week
      </p>
      {canEdit && !week.isDefault ? (
        <button
          type="button"
          className="btn"
          onClick={() => send(resetWrite(entries.data), 'the default week (Monday to Friday)')}
        >
          Use the default week
        </button>
      ) : null}
    </fieldset>
  );
}
