import type { ReactNode } from 'react';
import './field.css';

export interface FieldProps {
  id: string;
  label: string;
  error?: string;
  /** A warning that does not stop the submit (a duplicate name). */
  note?: string;
  children: (aria: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled form row whose error (or warning) sits right beside the input and is announced with it. */
export function Field({ id, label, error, note, children }: FieldProps) {
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describedBy = [error ? errorId : '', note ? noteId : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {error && (
        <p id={errorId} className="field-error" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
      {note && (
        <p id={noteId} className="field-note" data-testid={`${id}-note`}>
          {note}
        </p>
      )}
    </div>
  );
}
