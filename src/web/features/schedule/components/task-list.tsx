import { useDndMonitor, useDraggable, useDroppable } from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { TaskWithAggregations } from '@/api/task';
import { formatMinutes, remainingEstimateMins } from '@/web/lib/remaining-estimate';
import type { DragData } from '../dnd/drag-math';
import { useScheduleUi } from '../store';
import { cssColor } from '@/web/lib/css-color';

/** Fixed height of a task item including the gap below it (the CSS sizes `.sch-task` to match). */
export const TASK_ITEM_H = 52;

interface Props {
  /** The tasks read so far. */
  tasks: readonly TaskWithAggregations[];
  /** How many the upstream has (the list's size to assistive tech before every page is read). */
  total: number;
  /** The filter the upstream applied to `tasks` ('' for none). */
  search: string;
  /** Every task of the week is read (a filter needs no request). */
  complete: boolean;
  loading: boolean;
  /** Reads the next page; absent when the list is read to its end or a page is on its way. */
  more?: () => void;
}

/** Items from the end of what is read at which the next page is asked for. */
const READ_AHEAD = 15;

/** Tasks of the week: drag one onto your row to book time; drop blocks on one to move them to that task. */
export function TaskList({ tasks, total, search, complete, loading, more }: Props) {
  const filter = useScheduleUi((s) => s.taskFilter);
  const changed = useScheduleUi((s) => s.taskFilterChanged);
  const needle = filter.trim().toLowerCase();
  // What the upstream found for exactly this text is shown as it is (it also matches client names); while
  // the text is being typed, the tasks read so far are filtered here at once.
  const filtering = needle !== '' && needle !== search.toLowerCase();
  const shown = useMemo(
    () =>
      filtering
        ? tasks.filter(
            (t) =>
              t.name.toLowerCase().includes(needle) || (t.project?.name ?? '').toLowerCase().includes(needle),
          )
        : tasks,
    [tasks, needle, filtering],
  );
  const size = filtering ? shown.length : Math.max(total, shown.length);
  // The task being dragged out stays mounted (it is the drag's source) however far the list scrolls.
  const [dragged, setDragged] = useState<number | null>(null);
  useDndMonitor({
    onDragStart: (e) => {
      const data = e.active.data.current as DragData | undefined;
      if (data?.kind === 'task') setDragged(data.taskId);
    },
    onDragEnd: () => setDragged(null),
    onDragCancel: () => setDragged(null),
  });
  const draggedIndex = dragged === null ? -1 : shown.findIndex((t) => t.id === dragged);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const out = defaultRangeExtractor(range);
      return draggedIndex < 0 || out.includes(draggedIndex)
        ? out
        : [...out, draggedIndex].sort((a, b) => a - b);
    },
    [draggedIndex],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => TASK_ITEM_H,
    overscan: 8,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const lastInView = items.at(-1)?.index ?? -1;
  // The next page as the list nears the end of what is read (not while a typed filter narrows it).
  useEffect(() => {
    if (more && !filtering && lastInView >= shown.length - READ_AHEAD) more();
  }, [more, filtering, lastInView, shown.length]);
  return (
    <aside className="sch-tasks" aria-label="Tasks to schedule">
      <label className="sch-filter">
        <span>Filter tasks</span>
        <input
          type="search"
          value={filter}
          onChange={(e) => changed(e.target.value)}
          placeholder="Name or project"
        />
      </label>
      {loading ? <p className="page-message">Loading tasks…</p> : null}
      {/* Only the items in view are mounted; aria-setsize/posinset tell assistive tech the whole list. */}
      <div className="sch-task-scroll" ref={scrollRef}>
        <ul className="sch-task-list" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((v) => (
            <TaskItem
              key={shown[v.index].id}
              task={shown[v.index]}
              position={v.index + 1}
              count={size}
              style={{ transform: `translateY(${v.start}px)` }}
            />
          ))}
        </ul>
      </div>
      {!loading && shown.length === 0 ? (
        <p className="page-message">
          {/* The typed text goes to the upstream once typing pauses: not "no match" before it has answered. */}
          {filtering && !complete ? 'Looking through all tasks of the week…' : 'No tasks match.'}
        </p>
      ) : null}
      {size > shown.length && !filtering ? (
        <p className="sch-task-count" aria-live="polite">
          {shown.length} of {size} tasks read; more as you scroll.
        </p>
      ) : null}
    </aside>
  );
}

interface ItemProps {
  task: TaskWithAggregations;
  position: number;
  count: number;
  style: CSSProperties;
}

const TaskItem = memo(function TaskItem({ task, position, count, style }: ItemProps) {
  const drag = useDraggable({
    id: `new:${task.id}`,
    data: { kind: 'task', taskId: task.id, name: task.name } satisfies DragData,
  });
  const drop = useDroppable({ id: `task:${task.id}` });
  const remaining = remainingEstimateMins(task.estimated_mins, task.total_blocked_time);
  // The list item holds the place in the list; the draggable (a button to assistive tech) is inside it.
  return (
    <li
      ref={drop.setNodeRef}
      style={style}
      aria-setsize={count}
      aria-posinset={position}
      className="sch-task-item"
    >
      <div
        ref={drag.setNodeRef}
        {...drag.attributes}
        {...drag.listeners}
        className={`sch-task${drop.isOver ? ' over' : ''}`}
        data-testid="schedule-task"
        data-task-id={task.id}
        data-dragging={drag.isDragging ? 'true' : undefined}
        aria-label={`${task.name || 'Untitled'}${task.project ? `, ${task.project.name}` : ''}, ${remaining === null ? 'no estimate' : `${formatMinutes(remaining)} unscheduled`}`}
      >
        <span
          className="sch-dot"
          style={{ background: cssColor(task.project?.color, 'var(--muted)') }}
          aria-hidden="true"
        />
        <span className="sch-task-name">{task.name || 'Untitled'}</span>
        <span className="sch-task-project">{task.project?.name ?? 'No project'}</span>
        <span className="sch-task-remaining" data-testid="unscheduled">
          {remaining === null ? '–' : formatMinutes(remaining)}
        </span>
      </div>
    </li>
  );
});
