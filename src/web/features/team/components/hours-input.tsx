import { useId, useState, type KeyboardEvent } from 'react';
import { hoursText, parseHours } from '../week-model';

interface Props {
  label: string;
  hours: number;
  disabled?: boolean;
  onCommit: (hours: number) => void;
}

/**
 * One day's hours: typed freely, checked and saved when the field is left or Enter is pressed (one request
 * per change, none per keystroke), with what is wrong said in plain words beside it. Escape restores the
 * saved value.
 */
export function HoursInput({ label, hours, disabled, onCommit }: Props) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? String(hours);
  const commit = () => {
    if (text === null) return;
    const parsed = parseHours(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setText(null);
    if (parsed.hours !== hours) onCommit(parsed.hours);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape' && text !== null) {
      // The dialog would close on Escape: restore the value instead, and keep the dialog.
      e.preventDefault();
      e.stopPropagation();
      setText(null);
      setError(null);
    }
  };
  return (
    <div className={`tm-hours${error ? ' tm-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={shown}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={onKey}
      />
      <span className="tm-unit" aria-hidden="true">
        h
      </span>
      {error ? (
        <p id={`${id}-error`} className="tm-error" role="alert">
          {error}
        </p>
      ) : (
        <span className="sr-only">{hoursText(hours)} saved</span>
      )}
    </div>
  );
}
