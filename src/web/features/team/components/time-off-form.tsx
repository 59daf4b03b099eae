import { useState, type FormEvent } from 'react';
import type { TimeOff } from '@/api/time-off';
import { tempId } from '../temp-ids';
import {
  instantsOf,
  overlapOf,
  periodErrors,
  periodLabel,
  periodOf,
  TYPE_LABELS,
  type PeriodErrors,
} from '../time-off-model';
import type { useTimeOffMutations } from '../api/time-off-mutations';
import { TimeOffFields, type PeriodDraft } from './time-off-fields';

interface Props {
  entries: readonly TimeOff[];
  zone: string;
  create: ReturnType<typeof useTimeOffMutations>['create'];
}

/** Adds a time off of whole days: checked here first (plain words beside the fields), then one request. */
export function TimeOffForm({ entries, zone, create }: Props) {
  const [draft, setDraft] = useState<PeriodDraft>({ type: 'vacation', first: '', last: '' });
  const [errors, setErrors] = useState<PeriodErrors>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = periodErrors(draft.first, draft.last);
    if (found.first || found.last) return setErrors(found);
    const period = { first: draft.first, last: draft.last };
    const times = instantsOf(period, zone);
    const clash = overlapOf(entries, times);
    if (clash)
      return setErrors({ last: `This overlaps the time off of ${periodLabel(periodOf(clash, zone))}.` });
    setErrors({});
    create.mutate({
      values: { ...times, type: draft.type },
      temp: tempId(),
      label: `${TYPE_LABELS[draft.type].toLowerCase()} ${periodLabel(period)}`,
    });
    setDraft({ ...draft, first: '', last: '' });
  };
  return (
    <form className="tm-form" onSubmit={submit} aria-label="Add time off" noValidate>
      <TimeOffFields draft={draft} errors={errors} onChange={setDraft} />
      <button type="submit" className="btn btn-primary">
        Add time off
      </button>
    </form>
  );
}
