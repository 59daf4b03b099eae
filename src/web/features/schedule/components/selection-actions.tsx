import { useShallow } from 'zustand/react/shallow';
import { HistoryButtons } from '@/web/components/ui/history-buttons';
import { useScheduleUi } from '../store';

export interface SelectionActionsProps {
  busy: boolean;
  onComplete: () => void;
  onArchive: () => void;
  onDelete: () => void;
  onUndo: () => void;
  onRedo: () => void;
}

/** What can be done with the selected blocks, and undo/redo of the last writes. */
export function SelectionActions(props: SelectionActionsProps) {
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
      {/* data-empty: nothing selected, every button disabled (a phone hides the row until a block is selected). */}
      <div
        className="sch-group"
        role="group"
        aria-label="Selected blocks"
        data-empty={ui.selected === 0 ? '' : undefined}
      >
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
      <HistoryButtons
        className="sch-group"
        canUndo={ui.canUndo && !props.busy}
        canRedo={ui.canRedo && !props.busy}
        onUndo={props.onUndo}
        onRedo={props.onRedo}
      />
    </>
  );
}
