import { useShallow } from 'zustand/react/shallow';
import { useScheduleUi } from '../store';

interface Props {
  busy: boolean;
  onComplete: () => void;
  onArchive: () => void;
  onDelete: () => void;
  onUndo: () => void;
  onRedo: () => void;
}

/** What can be done with the selected blocks, and undo/redo of the last writes. */
export function SelectionActions(props: Props) {
  const ui = useScheduleUi(
    useShallow((s) => ({
      showArchived: s.showArchived,
      selected: s.selected.length,
      canUndo: s.undoStack.length > 0,
      canRedo: s.redoStack.length > 0,
    })),
  );
  return (
    <>
      <span aria-live="polite" className="sch-selected">
        {ui.selected ? `${ui.selected} selected` : ''}
      </span>
      <div className="sch-group" role="group" aria-label="Selected blocks">
        <button
          type="button"
          className="btn"
          disabled={!ui.selected || ui.showArchived}
          onClick={props.onComplete}
        >
          Mark complete
        </button>
        <button type="button" className="btn" disabled={!ui.selected} onClick={props.onArchive}>
          {ui.showArchived ? 'Restore' : 'Archive'}
        </button>
        <button type="button" className="btn btn-danger" disabled={!ui.selected} onClick={props.onDelete}>
          Delete…
        </button>
      </div>
      <div className="sch-group" role="group" aria-label="History">
        <button
          type="button"
          className="btn"
          disabled={!ui.canUndo || props.busy}
          onClick={props.onUndo}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="btn"
          disabled={!ui.canRedo || props.busy}
          onClick={props.onRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
      </div>
    </>
  );
}
