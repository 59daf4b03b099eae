import { useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';

type Aria = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

interface Props extends Aria {
  /** The saved value; a change from outside (an undo, the server) replaces the draft. */
  value: string;
  onCommit: (text: string) => void;
  multiline?: boolean;
  /** Not editable yet (what it would overwrite has not been read). */
  disabled?: boolean;
  type?: 'text' | 'date' | 'number';
  input?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'type'>;
}

/**
 * A field typed into and saved as a whole: leaving it or Enter saves (Ctrl+Enter in a text area), Escape
 * puts the saved value back. Typing alone sends nothing, so a date typed digit by digit is one request.
 */
export function DraftInput({ value, onCommit, multiline, disabled, type = 'text', input, ...aria }: Props) {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  if (saved !== value) {
    setSaved(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== value) {
      // Escape first drops the edit; a second Escape closes the panel.
      e.stopPropagation();
      setDraft(value);
    }
  };
  if (multiline)
    return (
      <textarea
        {...aria}
        value={draft}
        rows={4}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    );
  return (
    <input
      {...input}
      {...aria}
      disabled={disabled}
      type={type}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        input?.onKeyDown?.(e);
        if (!e.defaultPrevented || e.key === 'Enter') onKeyDown(e);
      }}
    />
  );
}
