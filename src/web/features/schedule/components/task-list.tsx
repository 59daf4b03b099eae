import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import type { TaskWithAggregations } from '../../../../api/task';
import { formatMinutes, remainingEstimateMins } from '../../../lib/remaining-estimate';
import type { DragData } from '../dnd/drag-math';
import { useScheduleUi } from '../store';

interface Props {
  tasks: readonly TaskWithAggregations[] | undefined;
  loading: boolean;
}

/** Tasks of the week: drag one onto your row to book time; drop blocks on one to move them to that task. */
export function TaskList({ tasks, loading }: Props) {
  const filter = useScheduleUi((s) => s.taskFilter);
  const changed = useScheduleUi((s) => s.taskFilterChanged);
  const needle = filter.trim().toLowerCase();
  const shown = (tasks ?? []).filter(
    (t) =>
      !needle ||
      t.name.toLowerCase().includes(needle) ||
      (t.project?.name ?? '').toLowerCase().includes(needle),
  );
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
      <ul className="sch-task-list">
        {shown.map((t) => (
          <TaskItem key={t.id} task={t} />
        ))}
      </ul>
      {!loading && shown.length === 0 ? <p className="page-message">No tasks match.</p> : null}
    </aside>
  );
}

const TaskItem = memo(function TaskItem({ task }: { task: TaskWithAggregations }) {
  const drag = useDraggable({
    id: `new:${task.id}`,
    data: { kind: 'task', taskId: task.id, name: task.name } satisfies DragData,
  });
  const drop = useDroppable({ id: `task:${task.id}` });
  const remaining = remainingEstimateMins(task.estimated_mins, task.total_blocked_time);
  return (
    <li
      ref={(el) => {
        drag.setNodeRef(el);
        drop.setNodeRef(el);
      }}
      {...drag.attributes}
      {...drag.listeners}
      className={`sch-task${drop.isOver ? ' over' : ''}`}
      data-testid="schedule-task"
      data-task-id={task.id}
      data-dragging={drag.isDragging ? 'true' : undefined}
      aria-label={`${task.name}${task.project ? `, ${task.project.name}` : ''}, ${remaining === null ? 'no estimate' : `${formatMinutes(remaining)} unscheduled`}`}
    >
      <span className="sch-dot" style={{ background: task.project?.color ?? '#999' }} aria-hidden="true" />
      <span className="sch-task-name">{task.name}</span>
      <span className="sch-task-project">{task.project?.name ?? 'No project'}</span>
      <span className="sch-task-remaining" data-testid="unscheduled">
        {remaining === null ? '–' : formatMinutes(remaining)}
      </span>
    </li>
  );
});
