import { useDroppable } from '@dnd-kit/core';
import { memo, useRef, type KeyboardEvent } from 'react';
import { formatMinutes } from '../../../lib/remaining-estimate';
import type { Preview } from '../dnd/drag-preview';
import type { RowDropData } from '../dnd/use-schedule-dnd';
import type { Block } from '../schedule-model';
import { toWindowed, windowedSpan, windowLength, type HoursWindow } from '../hours-window';
import { addDaysToKey, axisMinutes, toWall } from '../time-geometry';
import { TimeBlockView } from './time-block-view';

export interface RowDef {
  key: string;
  userId: number;
  label: string;
  /** Calendar day the row's track starts at, and how many days it shows. */
  firstDay: string;
  dayCount: number;
  capacityMin: number;
}

interface Props {
  row: RowDef;
  top: number;
  height: number;
  blocks: readonly Block[];
  pxPerMin: number;
  window: HoursWindow;
  zone: string;
  /** Visible axis minutes (blocks outside are not rendered unless they are being dragged). */
  visible: [number, number];
  conflicts: ReadonlySet<number>;
  selected: readonly number[];
  preview: Preview | null;
  bookedFor: (userId: number, day: string) => number;
  onSelect: (id: number, additive: boolean) => void;
  onKey: (e: KeyboardEvent, block: Block) => void;
}

const timeFmt = (instant: number) => new Date(instant).toISOString().slice(11, 16);

/** A row (a user, or a day of one user): droppable track with its blocks and the booked time per day. */
export const ScheduleRow = memo(function ScheduleRow(p: Props) {
  const { row, pxPerMin, zone, window } = p;
  const trackRef = useRef<HTMLDivElement | null>(null);
  const drop = useDroppable({
    id: `row:${row.key}`,
    // The track's live position: dnd-kit's droppable rect is measured before the grid scrolls.
    data: {
      userId: row.userId,
      firstDay: row.firstDay,
      trackLeft: () => trackRef.current?.getBoundingClientRect().left ?? 0,
    } satisfies RowDropData,
  });
  const dayLen = windowLength(window);
  const length = row.dayCount * dayLen;
  const days = Array.from({ length: row.dayCount }, (_, i) => addDaysToKey(row.firstDay, i));
  const capacity = days.map((day, i) => {
    const booked = Math.round(p.bookedFor(row.userId, day));
    const over = booked > row.capacityMin;
    return (
      <span
        key={day}
        className={`sch-capacity${over ? ' over' : ''}${row.dayCount > 1 ? ' in-track' : ''}`}
        style={row.dayCount > 1 ? { left: (i + 1) * dayLen * pxPerMin - 4 } : undefined}
        data-testid="capacity"
        data-day={day}
        data-over={over ? 'true' : undefined}
      >
        {formatMinutes(booked)} / {formatMinutes(row.capacityMin)}
        {over ? <span className="sr-only"> over capacity</span> : null}
      </span>
    );
  });
  // A moved block is drawn where its new start falls on the windowed axis (a move may skip the night).
  const shiftOf = (preview: Preview, start: number) => {
    if (preview.kind === 'resize') return { x: 0, y: 0, grow: preview.minutes * pxPerMin };
    const from = axisMinutes(start, row.firstDay, zone);
    const x = (toWindowed(from + preview.minutes, window) - toWindowed(from, window)) * pxPerMin;
    return { x, y: preview.rows * p.height, grow: 0 };
  };
  return (
    <div
      className="sch-row"
      style={{ top: p.top, height: p.height }}
      data-testid="schedule-row"
      data-row={row.key}
    >
      <div className="sch-row-head" title={row.label}>
        <span className="sch-row-label">{row.label}</span>
        {row.dayCount === 1 ? capacity : null}
      </div>
      <div
        ref={(el) => {
          trackRef.current = el;
          drop.setNodeRef(el);
        }}
        className={`sch-track${drop.isOver ? ' over' : ''}`}
        style={{
          width: length * pxPerMin,
          ['--hour' as string]: `${60 * pxPerMin}px`,
          ['--day' as string]: `${dayLen * pxPerMin}px`,
        }}
        data-testid="schedule-track"
      >
        {row.dayCount > 1 ? capacity : null}
        {p.blocks.map((b) => {
          const span = windowedSpan(b.start, b.duration ?? 0, row.firstDay, row.dayCount, window, pxPerMin, zone);
          const moving = p.preview?.ids.includes(b.id) ?? false;
          if (!span) return null;
          const right = (span.left + span.width) / pxPerMin;
          if (!moving && (right < p.visible[0] || span.left / pxPerMin > p.visible[1])) return null;
          const start = Date.parse(b.start);
          const label = `${timeFmt(toWall(start, zone))}–${timeFmt(toWall(start + (b.duration ?? 0) * 1000, zone))}`;
          const shift = moving && p.preview ? shiftOf(p.preview, start) : null;
          return (
            <TimeBlockView
              key={b.id}
              block={b}
              span={span}
              label={label}
              conflict={p.conflicts.has(b.id)}
              selected={p.selected.includes(b.id)}
              shift={shift}
              onSelect={p.onSelect}
              onKey={p.onKey}
            />
          );
        })}
      </div>
    </div>
  );
});
