import { useId, useState } from 'react';
import { patchProblems } from '../task-rules';

interface Props {
  name: string;
  onCommit: (name: string) => void;
  /** The edit is over; `refocus` when the keyboard ended it (the bar takes the focus back). */
  onDone: (refocus: boolean) => void;
}

/**
 * A bar's name edited in place (double-click or F2): Enter or leaving saves, Escape cancels. A name the
 * server would refuse is named in plain words under the field and nothing is sent.
 */
export function RenameInput({ name, onCommit, onDone }: Props) {
  const [draft, setDraft] = useState(name);
  const [problem, setProblem] = useState<string | undefined>();
  const errorId = useId();
  const problemOf = (text: string) => patchProblems({ name: text }, {}).name;
  const save = (refocus: boolean) => {
    const text = draft.trim();
    const found = problemOf(text);
    if (found) return setProblem(found);
    if (text !== name) onCommit(text);
    onDone(refocus);
  };
  return (
    <span
      className="tl-rename"
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <input
        aria-label="Task name"
        value={draft}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setDraft(e.target.value);
          setProblem(undefined);
        }}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          // The bar's own keys (drag, open, menu) stay out of the text box.
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            save(true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onDone(true);
          }
        }}
        // Leaving with a name that cannot be saved keeps the old one.
        onBlur={() => (problemOf(draft.trim()) ? onDone(false) : save(false))}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
      />
      {problem && (
        <span id={errorId} className="tl-rename-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
