import { DragOverlay, useDndContext } from '@dnd-kit/core';
import type { DragData } from '../dnd/drag-math';

/** While a task is dragged out of the list, a chip follows the pointer (blocks move in place instead). */
export function TaskDragOverlay() {
  const { active } = useDndContext();
  const data = active?.data.current as DragData | undefined;
  return (
    <DragOverlay dropAnimation={null}>
      {data?.kind === 'task' ? <div className="sch-task-chip">{data.name}</div> : null}
    </DragOverlay>
  );
}
