import { useId, useState } from 'react';
import type { OrganizationUser } from '@/api/user';
import type { Status } from '@/api/workspace';

interface Props {
  count: number;
  /**
   * The details panel is open on the one selected task, and has each of these actions for it: a phone hides
   * the bar then (timeline-narrow.css), a wider screen shows both.
   */
  panelTwin: boolean;
  users: readonly OrganizationUser[] | undefined;
  /** The people list is wanted (the assign picker was touched). */
  onNeedUsers: () => void;
  statuses: readonly Status[] | undefined;
  onShift: (days: number) => void;
  /** A user account id, or 0 for nobody. */
  onAssign: (userId: number) => void;
  onStatus: (statusId: number) => void;
  onArchive: () => void;
  onDelete: () => void;
  onClear: () => void;
}

/** A whole, non-zero number of days, or the reason in plain words. */
export function shiftProblem(text: string): string | undefined {
  const days = Number(text);
  return text.trim() !== '' && Number.isInteger(days) && days !== 0
    ? undefined
    : 'Shift by a whole number of days, like 2 or -1.';
}

/**
 * The selected tasks: how many, and what can be done to all of them at once. Each action is one bulk request
 * (undone by one bulk request too).
 */
export function SelectionBar(props: Props) {
  const [days, setDays] = useState('1');
  const [problem, setProblem] = useState<string | undefined>();
  const errorId = useId();
  const shift = () => {
    const found = shiftProblem(days);
    setProblem(found);
    if (!found) props.onShift(Number(days));
  };
  return (
    <div
      className="tl-selection"
      role="group"
      aria-label="Selected tasks"
      data-testid="selection-bar"
      data-panel-twin={props.panelTwin || undefined}
    >
      <strong className="tl-selection-count" aria-live="polite">
        {props.count} selected
      </strong>
      <span className="tl-selection-shift">
        <label>
          Shift dates by{' '}
          <input
            type="number"
            step="1"
            value={days}
            onChange={(e) => {
              setDays(e.target.value);
              setProblem(undefined);
            }}
            onKeyDown={(e) => e.key === 'Enter' && shift()}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
          />{' '}
          days
        </label>
        <button type="button" className="btn" onClick={shift}>
          Shift
        </button>
        {problem && (
          <span id={errorId} className="field-error" role="alert">
            {problem}
          </span>
        )}
      </span>
      <select
        aria-label="Assign the selected tasks to"
        value=""
        onFocus={props.onNeedUsers}
        onPointerDown={props.onNeedUsers}
        onChange={(e) => e.target.value !== '' && props.onAssign(Number(e.target.value))}
      >
        <option value="">Assign to…</option>
        {(props.users ?? []).map((u) => (
          <option key={u.user_account_id} value={u.user_account_id}>
            {u.name}
          </option>
        ))}
        <option value="0">Nobody</option>
      </select>
      <select
        aria-label="Set the status of the selected tasks"
        value=""
        onChange={(e) => e.target.value !== '' && props.onStatus(Number(e.target.value))}
      >
        <option value="">Status…</option>
        {(props.statuses ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <button type="button" className="btn" onClick={props.onArchive}>
        Archive
      </button>
      <button type="button" className="btn btn-danger" onClick={props.onDelete}>
        Delete…
      </button>
      <button type="button" className="btn" onClick={props.onClear}>
        Clear selection
      </button>
    </div>
  );
}
