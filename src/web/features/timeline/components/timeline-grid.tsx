import { DndContext, DragOverlay } from '@dnd-kit/core';
import { memo } from 'react';
import type { TaskGroupType } from '@/api/task-group';
import type { MoveVars } from '../api/use-timeline-mutations';
import type { TimelineRow } from '../api/use-timeline-rows';
import type { TaskBooking } from '../bookings';
import type { Day, DayRange } from '@/web/lib/time/calendar-day';
import { BarActionsContext } from '../dnd/bar-actions';
import { DragOverlayBars } from '../dnd/drag-overlay-bars';
import { screenReaderInstructions, useTimelineDnd } from '../dnd/use-timeline-dnd';
import type { Zoom } from '../geometry';
import { GridScroller } from './grid-scroller';

export interface GridProps {
  rows: TimelineRow[];
  group: TaskGroupType;
  canvas: DayRange;
  start: Day;
  /** Counts Today clicks: the grid goes back to `start` even when the URL already had it. */
  jumps: number;
  px: number;
  today: Day;
  doneStatusIds: ReadonlySet<number>;
  /** Booked time per task; null until the window's blocks have loaded. */
  bookings: ReadonlyMap<number, TaskBooking> | null;
  /** More rows on the server: asked for (loadMore) when the rows are scrolled near their end. */
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  commit: (v: MoveVars) => void;
  onCreate: (row: TimelineRow, draft: { start: Day; end: Day; lane: number }) => void;
  /**
   * The first day in view after the user scrolled (written to the URL, replacing the entry); whether the URL
   * took it (a scroll measured before a navigation is dropped).
   */
  onScrolledTo: (day: Day) => boolean;
  /** A zoom gesture (Ctrl+wheel, Ctrl+= / Ctrl+-): the new zoom and its first day in view. */
  onZoomTo: (zoom: Zoom, start: Day) => void;
}

/**
 * Where a drag scrolls the grid: the outer 5% of its width and 10% of its height (dnd-kit's default, 20%, is
 * 78 px of a 390 px phone, nearly half of the days beside the names, so a finger held still one day to the
 * right slid the days under it and dropped the task days later). On a desktop 5% is still 50-80 px, plenty to
 * aim at; on a phone it is the last 20 px, the screen's edge. The same as the Schedule's.
 */
const AUTO_SCROLL = { threshold: { x: 0.05, y: 0.1 } };

/**
 * The grid's one DndContext around the scrolling rows. Scrolling re-renders GridScroller only: the context,
 * its live region and overlay are left alone (they re-rendered on every scroll frame when the virtualizer
 * lived here).
 */
export const TimelineGrid = memo(function TimelineGrid(props: GridProps) {
  const dnd = useTimelineDnd({
    rows: props.rows,
    px: props.px,
    group: props.group,
    commit: props.commit,
    bookings: props.bookings,
  });
  return (
    <DndContext
      {...dnd.context}
      autoScroll={AUTO_SCROLL}
      accessibility={{ announcements: dnd.announcements, screenReaderInstructions }}
    >
      <BarActionsContext.Provider value={dnd.actions}>
        <GridScroller {...props} />
      </BarActionsContext.Provider>
      <DragOverlay dropAnimation={null}>
        {dnd.overlay ? <DragOverlayBars bars={dnd.overlay} /> : null}
      </DragOverlay>
    </DndContext>
  );
});
