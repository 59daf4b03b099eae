import { useState } from 'react';

interface Props {
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** The small inline name field after drawing a new task: Enter creates, Escape or leaving cancels. */
export function CreateInput({ onSubmit, onCancel }: Props) {
  const [name, setName] = useState('New task');
  return (
    <form
      className="tl-create"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onSubmit(name.trim());
      }}
      onPointerDown={(e) => e.stopPropagation()}
    >
      <input
        aria-label="New task name"
        value={name}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
        onBlur={onCancel}
      />
    </form>
  );
}
