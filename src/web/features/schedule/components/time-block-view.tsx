import { useDraggable } from '@dnd-kit/core';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { cssColor } from '@/web/lib/css-color';
import { formatMinutes } from '@/web/lib/remaining-estimate';
import type { DragData } from '../dnd/drag-math';
import type { Block } from '../schedule-model';

// Where a block sits in its row (schedule.css `.sch-block`): overlapping ones split this height.
const BLOCK_TOP = 18;
const BLOCK_H = 32;

interface Props {
  block: Block;
  left: number;
  width: number;
  label: string;
  /** Whose and which day, for screen readers ("Ada Lovelace, Wed 12-02"): the row head and the day column say it on screen. */
  where: string;
  conflict: boolean;
  /** Its lane among the blocks it overlaps, and how many lanes they need (numbers, so the memo holds; 1 when it overlaps none). */
  lane?: number;
  lanes?: number;
  selected: boolean;
  /** Live drag offset in px (snapped), when this block moves with the drag. */
  shift: { x: number; y: number; grow: number } | null;
  onSelect: (id: number, additive: boolean) => void;
  onKey: (e: KeyboardEvent, block: Block) => void;
}

/**
 * One time block, one element: a single draggable whose pick-up on the drawn end (CSS `::after`) resizes and
 * anywhere else moves (resolveDrag); focusable for keyboard moves.
 */
export const TimeBlockView = memo(function TimeBlockView({
  block,
  left,
  width: spanWidth,
  label,
  where,
  conflict,
  lane = 0,
  lanes = 1,
  selected,
  shift,
  onSelect,
  onKey,
}: Props) {
  const move = useDraggable({
    id: `block:${block.id}`,
    data: { kind: 'block', blockId: block.id } satisfies DragData,
  });
  const color = cssColor(block.task?.project?.color, cssColor(block.task?.color, 'var(--accent)'));
  const name = block.task?.name || `Task ${block.task_id}`;
  const minutes = Math.round((block.duration ?? 0) / 60);
  const project = block.task?.project?.name ?? 'No project';
  const width = Math.max(4, spanWidth + (shift?.grow ?? 0));
  const click = (e: MouseEvent) => onSelect(block.id, e.shiftKey || e.ctrlKey || e.metaKey);
  return (
    <div
      ref={move.setNodeRef}
      {...move.attributes}
      {...move.listeners}
      onKeyDown={(e) => {
        onKey(e, block);
        if (!e.defaultPrevented) move.listeners?.onKeyDown?.(e);
      }}
      onClick={click}
      className={`sch-block${width < 24 ? ' narrow' : ''}${block.completed_at ? ' done' : ''}${conflict ? ' conflict' : ''}${selected ? ' selected' : ''}${lanes > 1 ? (lanes > 2 ? ' stacked thin' : ' stacked') : ''}`}
      style={{
        left,
        width,
        ...(lanes > 1 && { top: BLOCK_TOP + (lane * BLOCK_H) / lanes, height: BLOCK_H / lanes }),
        ['--block-color' as string]: color,
        transform: shift ? `translate(${shift.x}px, ${shift.y}px)` : undefined,
      }}
      aria-label={`${name}, ${where ? `${where}, ` : ''}${label}, ${formatMinutes(minutes)}${block.completed_at ? ', done' : ''}${conflict ? ', conflicts with another block' : ''}${selected ? ', selected' : ''}`}
      aria-pressed={selected}
      title={`${name}\n${project}\n${label} (${formatMinutes(minutes)})${block.completed_at ? '\nDone' : ''}${conflict ? '\nOverlaps another block' : ''}`}
      data-testid="time-block"
      data-block-id={block.id}
      data-dragging={move.isDragging ? 'true' : undefined}
    >
      {/* Text only where it can be read, straight in the block (no wrapper: an element less per block); the
          title and the accessible name always carry everything. */}
      {width >= 48 ? (
        <span className="sch-block-name" aria-hidden="true">
          {block.completed_at ? '✓ ' : null}
          {name}
        </span>
      ) : null}
      {width >= 72 ? (
        <span className="sch-block-time" aria-hidden="true">
          {label}
        </span>
      ) : null}
    </div>
  );
});
