interface Props<V extends string> {
  /** The group's accessible name ("Zoom", "Hour width"). */
  label: string;
  className: string;
  options: readonly (readonly [V, string])[];
  value: V;
  onChange: (value: V) => void;
}

/** A row of buttons of which one is pressed (`aria-pressed`): grouping, zoom, hour width. */
export function ToggleGroup<V extends string>({ label, className, options, value, onChange }: Props<V>) {
  return (
    <div className={className} role="group" aria-label={label}>
      {options.map(([option, text]) => (
        <button
          key={option}
          type="button"
          className="btn"
          aria-pressed={value === option}
          onClick={() => onChange(option)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
