import { useId } from 'react';
import { TIME_OFF_TYPES, type TimeOffType } from '@/api/time-off';
import { TYPE_LABELS, type PeriodErrors } from '../time-off-model';

export interface PeriodDraft {
  type: TimeOffType;
  first: string;
  last: string;
}

interface Props {
  draft: PeriodDraft;
  errors: PeriodErrors;
  /** Names the entry for screen readers when several rows show the same fields ("of 3–7 Mar"). */
  of?: string;
  onChange: (draft: PeriodDraft) => void;
}

/** Type, first and last day of a time off, each with its error beside it. */
export function TimeOffFields({ draft, errors, of, onChange }: Props) {
  const id = useId();
  const suffix = of ? ` of ${of}` : '';
  const described = (field: keyof PeriodErrors) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` } : {};
  return (
    <>
      <div className="tm-field">
        <label htmlFor={`${id}-type`}>
          Type<span className="sr-only">{suffix}</span>
        </label>
        <select
          id={`${id}-type`}
          value={draft.type}
          onChange={(e) => onChange({ ...draft, type: e.target.value as TimeOffType })}
        >
          {TIME_OFF_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      {(['first', 'last'] as const).map((field) => (
        <div key={field} className={`tm-field${errors[field] ? ' tm-invalid' : ''}`}>
          <label htmlFor={`${id}-${field}`}>
            {field === 'first' ? 'First day' : 'Last day'}
            <span className="sr-only">{suffix}</span>
          </label>
          <input
            id={`${id}-${field}`}
            type="date"
            value={draft[field]}
            onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
            {...described(field)}
          />
          {errors[field] ? (
            <p id={`${id}-${field}-error`} className="tm-error">
              {errors[field]}
            </p>
          ) : null}
        </div>
      ))}
    </>
  );
}
