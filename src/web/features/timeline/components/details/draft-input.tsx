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
  /** How many saves of this field failed (not a teammate's conflict): each brings back what was typed. */
  failures?: number;
  /** Escape dropped the edit: the saved value shows again (a "not saved" note can go). */
  onDiscard?: () => void;
}

/**
 * A field typed into and saved as a whole: leaving it or Enter saves (Ctrl+Enter in a text area), Escape
 * puts the saved value back. Typing alone sends nothing, so a date typed digit by digit is one request.
 */
export function DraftInput({
  value,
  onCommit,
  multiline,
  disabled,
  type = 'text',
  input,
  failures = 0,
  onDiscard,
  ...aria
}: Props) {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  // What the last save sent, and, once it failed, the text kept in the field: a failed save rolls the task
  // back, but what the user typed (a long note) stays, to be sent again with Enter or dropped with Escape.
  const [sent, setSent] = useState<string | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  const [failed, setFailed] = useState(failures);
  // State set while rendering applies on the next pass: `keep` is the kept text for this one.
  let keep = kept;
  if (failures !== failed) {
    setFailed(failures);
    if (sent !== null) {
      // What was sent comes back, unless the user has typed on since (that newer text stays).
      keep = draft === sent || draft === value ? sent : draft;
      setKept(keep);
      setDraft(keep);
    }
  }
  if (saved !== value) {
    setSaved(value);
    setDraft(keep ?? value);
  }
  const commit = () => {
    if (draft === value) return;
    setSent(draft);
    setKept(null);
    onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== value) {
      // Escape first drops the edit (and a kept unsaved one); a second Escape closes the panel.
      e.stopPropagation();
      setKept(null);
      setDraft(value);
      onDiscard?.();
    }
  };
  if (multiline)
    return (
      <textarea
        {...aria}
        disabled={disabled}
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
