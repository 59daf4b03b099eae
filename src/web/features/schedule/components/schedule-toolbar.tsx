import { useShallow } from 'zustand/react/shallow';
import { addDaysToKey, workWeek } from '../time-geometry';
import { useScheduleUi } from '../store';

interface Props {
  weekStart: string;
  today: string;
  day: string;
  zone: string;
  users: { id: number; name: string }[];
  focusUser: number | null;
  busy: boolean;
  onComplete: () => void;
  onArchive: () => void;
  onDelete: () => void;
  onUndo: () => void;
  onRedo: () => void;
}

const fmt = (day: string, opts: Intl.DateTimeFormatOptions) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { ...opts, timeZone: 'UTC' });

/** Week navigation, view toggles and the actions on the selected blocks. */
export function ScheduleToolbar(p: Props) {
  const ui = useScheduleUi(
    useShallow((s) => ({
      span: s.span,
      rowMode: s.rowMode,
      showArchived: s.showArchived,
      selected: s.selected.length,
      canUndo: s.undoStack.length > 0,
      canRedo: s.redoStack.length > 0,
    })),
  );
  const a = useScheduleUi.getState();
  const goWeek = (monday: string, day = monday) => a.weekShown(monday, day);
  return (
    <div className="sch-toolbar" role="toolbar" aria-label="Schedule">
      <button
        type="button"
        className="btn"
        onClick={() => goWeek(addDaysToKey(p.weekStart, -7))}
        aria-label="Previous week"
      >
        ←
      </button>
      <button type="button" className="btn" onClick={() => a.weekShown('', '')}>
        Today
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => goWeek(addDaysToKey(p.weekStart, 7))}
        aria-label="Next week"
      >
        →
      </button>
      <h1 className="sch-title">
        Week of {fmt(p.weekStart, { day: 'numeric', month: 'short', year: 'numeric' })}{' '}
        <small>({p.zone})</small>
      </h1>
      <select
        aria-label="Span"
        value={ui.span}
        onChange={(e) => a.spanChosen(e.target.value as 'day' | 'week')}
      >
        <option value="week">Work week</option>
        <option value="day">Day</option>
      </select>
      {ui.span === 'day' ? (
        <select aria-label="Day" value={p.day} onChange={(e) => a.weekShown(p.weekStart, e.target.value)}>
          {workWeek(p.weekStart).map((d) => (
            <option key={d} value={d}>
              {fmt(d, { weekday: 'short', day: 'numeric', month: 'short' })}
              {d === p.today ? ' (today)' : ''}
            </option>
          ))}
        </select>
      ) : null}
      <select
        aria-label="Rows"
        value={ui.rowMode === 'users' ? 'users' : String(p.focusUser ?? '')}
        onChange={(e) =>
          e.target.value === 'users'
            ? a.rowModeChosen('users')
            : a.rowModeChosen('days', Number(e.target.value))
        }
      >
        <option value="users">Rows: people</option>
        {p.users.map((u) => (
          <option key={u.id} value={u.id}>
            Rows: days of {u.name}
          </option>
        ))}
      </select>
      <label className="sch-check">
        <input type="checkbox" checked={ui.showArchived} onChange={a.archivedToggled} /> Archived blocks
      </label>
      <span className="sch-spacer" />
      <span aria-live="polite" className="sch-selected">
        {ui.selected ? `${ui.selected} selected` : ''}
      </span>
      <button type="button" className="btn" disabled={!ui.selected || ui.showArchived} onClick={p.onComplete}>
        Mark complete
      </button>
      <button type="button" className="btn" disabled={!ui.selected} onClick={p.onArchive}>
        {ui.showArchived ? 'Restore' : 'Archive'}
      </button>
      <button type="button" className="btn btn-danger" disabled={!ui.selected} onClick={p.onDelete}>
        Delete…
      </button>
      <button
        type="button"
        className="btn"
        disabled={!ui.canUndo || p.busy}
        onClick={p.onUndo}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className="btn"
        disabled={!ui.canRedo || p.busy}
        onClick={p.onRedo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo
      </button>
    </div>
  );
}
