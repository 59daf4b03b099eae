interface RowActionProps {
  /** The visible verb ("Archive"). */
  label: string;
  /** What it acts on, added to the accessible name ("Archive Website") so each row's button is told apart. */
  target: string;
  danger?: boolean;
  disabled?: boolean;
  onClick: () => void;
}

/** A text button acting on one item of a list (a project, a member, a group). */
export function RowAction({ label, target, danger = false, disabled, onClick }: RowActionProps) {
  return (
    <button
      type="button"
      className={danger ? 'btn btn-danger' : 'btn'}
      aria-label={`${label} ${target}`}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
