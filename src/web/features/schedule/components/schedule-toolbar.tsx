import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ToggleGroup } from '@/web/components/ui/toggle-group';
import { addDays } from '@/web/lib/time/calendar-day';
import { useDateFormat } from '@/web/lib/time/use-date-format';
import { workWeek } from '../time-geometry';
import { useScheduleUi } from '../store';
import type { ScheduleView, Span } from '../view-state';
import { SelectionActions, type SelectionActionsProps } from './selection-actions';

interface Props {
  weekStart: string;
  today: string;
  day: string;
  zone: string;
  users: readonly { id: number; name: string }[];
  focusUser: number | null;
  /** The span shown (the URL's, or the screen's default). */
  span: Span;
  view: ScheduleView;
  onView: (patch: Partial<ScheduleView>) => void;
  /** What the selection and history buttons do. */
  selection: SelectionActionsProps;
  /** "Updated N min ago" and Refresh. */
  status: ReactNode;
}

const ZOOM_LABELS = [
  ['fit', 'Fit'],
  ['wide', 'Wide'],
  ['wider', 'Wider'],
] as const;

/** Two rows: where (week navigation) and what to do with the selection; then how the grid shows it. */
export function ScheduleToolbar(props: Props) {
  const ui = useScheduleUi(useShallow((s) => ({ showArchived: s.showArchived })));
  const rows = props.view.rows;
  const actions = useScheduleUi.getState();
  const fmt = useDateFormat();
  const goWeek = (monday: string, day = monday) => actions.weekShown(monday, day);
  return (
    <div className="sch-toolbar">
      <div className="sch-toolbar-row" role="toolbar" aria-label="Week and selection">
        <div className="sch-group" role="group" aria-label="Week navigation">
          <button
            type="button"
            className="btn"
            onClick={() => goWeek(addDays(props.weekStart, -7))}
            aria-label="Previous week"
          >
            ←
          </button>
          <button type="button" className="btn" onClick={() => actions.weekShown('', '')}>
            Today
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => goWeek(addDays(props.weekStart, 7))}
            aria-label="Next week"
          >
            →
          </button>
        </div>
        <h1 className="sch-title">
          {/* The day view names its day: "Week of" over one day read as the week being shown. */}
          {props.span === 'day' ? fmt.weekdayDate(props.day) : `Week of ${fmt.date(props.weekStart)}`}{' '}
          <small>{props.zone}</small>
        </h1>
        {props.status}
        <span className="sch-spacer" />
        <SelectionActions {...props.selection} />
      </div>
      <div className="sch-toolbar-row" role="toolbar" aria-label="Display">
        <label className="sch-field">
          <span>View</span>
          <select value={props.span} onChange={(e) => props.onView({ span: e.target.value as Span })}>
            <option value="week">Work week</option>
            <option value="day">Day</option>
          </select>
        </label>
        {props.span === 'day' ? (
          <label className="sch-field">
            <span>Day</span>
            <select value={props.day} onChange={(e) => actions.weekShown(props.weekStart, e.target.value)}>
              {workWeek(props.weekStart).map((d) => (
                <option key={d} value={d}>
                  {fmt.weekdayDate(d)}
                  {d === props.today ? ' (today)' : ''}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="sch-field">
          <span>Rows</span>
          <select
            value={rows.mode === 'users' ? 'users' : String(rows.userId)}
            onChange={(e) =>
              props.onView({
                rows:
                  e.target.value === 'users'
                    ? { mode: 'users' }
                    : { mode: 'days', userId: Number(e.target.value) },
              })
            }
          >
            <option value="users">People</option>
            <optgroup label="Days of">
              {props.users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <span className="sch-divider" aria-hidden="true" />
        <button
          type="button"
          className="btn sch-toggle"
          aria-pressed={props.view.fullDay}
          onClick={() => props.onView({ fullDay: !props.view.fullDay })}
          title="Show all 24 hours instead of the working hours"
        >
          Full day
        </button>
        <ToggleGroup
          label="Hour width"
          className="sch-segmented"
          options={ZOOM_LABELS}
          value={props.view.zoom}
          onChange={(zoom) => props.onView({ zoom })}
        />
        <span className="sch-divider" aria-hidden="true" />
        <label className="sch-check">
          <input type="checkbox" checked={ui.showArchived} onChange={actions.archivedToggled} /> Archived
          blocks
        </label>
      </div>
    </div>
  );
}
