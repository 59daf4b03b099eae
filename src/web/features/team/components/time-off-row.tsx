import { useState } from 'react';
import type { TimeOff } from '@/api/time-off';
import { dateTimeLabel } from '@/web/lib/time/format';
import type { useTimeOffMutations } from '../api/time-off-mutations';
import {
  instantsOf,
  ownTimes,
  overlapOf,
  periodErrors,
  periodLabel,
  periodOf,
  TYPE_LABELS,
  typeOf,
  type PeriodErrors,
} from '../time-off-model';
import { TimeOffFields, type PeriodDraft } from './time-off-fields';

interface Props {
  entry: TimeOff;
  entries: readonly TimeOff[];
  zone: string;
  writes: ReturnType<typeof useTimeOffMutations>;
}

/** One time off: its fields change it (Save, one request), Delete removes it (one request). */
export function TimeOffRow({ entry, entries, zone, writes }: Props) {
  const period = periodOf(entry, zone);
  const saved: PeriodDraft = { type: typeOf(entry), first: period.first, last: period.last };
  const [draft, setDraft] = useState<PeriodDraft | null>(null);
  const [errors, setErrors] = useState<PeriodErrors>({});
  const shown = draft ?? saved;
  const label = `${TYPE_LABELS[saved.type].toLowerCase()} ${periodLabel(period)}`;
  const dirty =
    draft !== null && (draft.type !== saved.type || draft.first !== saved.first || draft.last !== saved.last);
  const save = () => {
    if (!draft) return;
    const found = periodErrors(draft.first, draft.last);
    if (found.first || found.last) return setErrors(found);
    // Unchanged days keep the entry's own times (a part of a day stays that part).
    const sameDays = draft.first === saved.first && draft.last === saved.last;
    const times = sameDays ? ownTimes(entry) : instantsOf({ first: draft.first, last: draft.last }, zone);
    const clash = overlapOf(entries, times, entry.timeoff_id);
    if (clash)
      return setErrors({ last: `This overlaps the time off of ${periodLabel(periodOf(clash, zone))}.` });
    setErrors({});
    setDraft(null);
    writes.update.mutate({ id: entry.timeoff_id, values: { ...times, type: draft.type }, label });
  };
  const booked = `${dateTimeLabel(Date.parse(entry.start_time), zone)} – ${dateTimeLabel(Date.parse(entry.end_time), zone)}`;
  return (
    <li className="tm-entry" data-testid="time-off" data-timeoff-id={entry.timeoff_id}>
      <div className="tm-entry-fields" role="group" aria-label={`Time off ${label}`}>
        <TimeOffFields draft={shown} errors={errors} of={periodLabel(period)} onChange={setDraft} />
        {period.partial ? (
          // Not whole days here (part of a day, or whole days of another zone): new days make it whole days.
          <p className="tm-note">Booked from {booked}, your time</p>
        ) : null}
      </div>
      <div className="tm-entry-actions">
        <button type="button" className="btn btn-primary" disabled={!dirty} onClick={save}>
          Save<span className="sr-only"> {label}</span>
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => writes.remove.mutate({ id: entry.timeoff_id, label })}
        >
          Delete<span className="sr-only"> {label}</span>
        </button>
      </div>
    </li>
  );
}
