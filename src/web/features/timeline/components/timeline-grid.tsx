import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useVirtualizer, defaultRangeExtractor } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TaskGroupType } from '@/api/task-group';
import type { MoveVars } from '../api/use-timeline-mutations';
import type { TimelineRow } from '../api/use-timeline-rows';
import type { TaskBooking } from '../bookings';
import { addDays, daysBetween, type Day, type DayRange } from '@/web/lib/time/calendar-day';
import { dateToX } from '../geometry';
import { HEADER_H, NAME_W, rowHeight, visibleLanes } from '../layout';
import { useTimelineUi } from '../store';
import { BarActionsContext } from '../dnd/bar-actions';
import { DragOverlayBars } from '../dnd/drag-overlay-bars';
import { screenReaderInstructions, useTimelineDnd } from '../dnd/use-timeline-dnd';
import { GroupRow } from './group-row';
import { TimelineHeader } from './timeline-header';

interface Props {
  rows: TimelineRow[];
  group: TaskGroupType;
  canvas: DayRange;
  start: Day;
  px: number;
  today: Day;
  doneStatusIds: ReadonlySet<number>;
  /** Booked time per task; null until the quarters' blocks have loaded. */
  bookings: ReadonlyMap<number, TaskBooking> | null;
  /** More rows on the server: asked for (loadMore) when the rows are scrolled near their end. */
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  commit: (v: MoveVars) => void;
  onCreate: (row: TimelineRow, draft: { start: Day; end: Day; lane: number; name: string }) => void;
  /** The first day in view after the user scrolled (written to the URL, replacing the entry). */
  onScrolledTo: (day: Day) => void;
}

const OVERSCAN_DAYS = 7;
// Rows within this many of the last loaded one ask for the next page.
const LOAD_AHEAD_ROWS = 15;
const MORE_H = 36;

/** The scrolling grid: virtualized rows, bars culled to the visible days and lanes, one DndContext. */
export function TimelineGrid({
  rows,
  group,
  canvas,
  start,
  px,
  today,
  doneStatusIds,
  bookings,
  hasMore,
  loadingMore,
  loadMore,
  commit,
  onCreate,
  onScrolledTo,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const collapsed = useTimelineUi((s) => s.collapsed);
  const draggingId = useTimelineUi((s) => s.draggingId);
  const heights = useMemo(() => rows.map((r) => rowHeight(r, !!collapsed[r.key])), [rows, collapsed]);
  const dnd = useTimelineDnd({ rows, px, group, commit });
  const draggingRow =
    draggingId === null ? -1 : rows.findIndex((r) => r.tasks.some((t) => t.id === draggingId));

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => heights[i],
    getItemKey: (i) => `${rows[i].key}:${heights[i]}`,
    overscan: 3,
    // The dragged bar's row stays mounted while it scrolls out of view.
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const idx = defaultRangeExtractor(range);
        return draggingRow >= 0 && !idx.includes(draggingRow)
          ? [...idx, draggingRow].sort((a, b) => a - b)
          : idx;
      },
      [draggingRow],
    ),
  });

  // Visible days (in whole weeks, so plain scrolling re-renders rarely).
  const [firstWeek, setFirstWeek] = useState(0);
  const [viewDays, setViewDays] = useState(60);
  const visible = useMemo<DayRange>(
    () => ({
      start: addDays(canvas.start, firstWeek * 7 - OVERSCAN_DAYS),
      end: addDays(canvas.start, firstWeek * 7 + viewDays + OVERSCAN_DAYS + 7),
    }),
    [canvas.start, firstWeek, viewDays],
  );

  // Scroll to the URL's start when it changes from outside (Today, Previous, Next, Back, zoom, a link);
  // after our own scroll-driven URL update only the canvas may have moved: keep the same day in view.
  const fromScroll = useRef<{ day: Day; rest: number } | null>(null);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const own = fromScroll.current?.day === start ? fromScroll.current.rest : 0;
    el.scrollLeft = dateToX(start, canvas.start, px) + own;
  }, [start, canvas.start, px]);

  const timer = useRef<number | undefined>(undefined);
  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const days = el.scrollLeft / px;
    setFirstWeek(Math.floor(days / 7));
    setViewDays(Math.ceil((el.clientWidth - NAME_W) / px));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const whole = Math.floor(el.scrollLeft / px);
      const day = addDays(canvas.start, whole);
      if (day === start) return;
      fromScroll.current = { day, rest: el.scrollLeft - whole * px };
      onScrolledTo(day);
    }, 250);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el) setViewDays(Math.ceil((el.clientWidth - NAME_W) / px));
  }, [px]);

  // Near the end of the loaded rows: the next page.
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length ? items[items.length - 1].index : -1;
  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - LOAD_AHEAD_ROWS) loadMore();
  }, [hasMore, lastIndex, rows.length, loadMore]);

  // The body's vertical span in view (the sticky header covers its top): tall rows mount only these lanes.
  const viewTop = (virtualizer.scrollOffset ?? 0) - HEADER_H;
  const viewBottom = viewTop + (virtualizer.scrollRect?.height ?? window.innerHeight) + HEADER_H;
  const days = daysBetween(canvas.start, canvas.end) + 1;
  const todayX = daysBetween(canvas.start, today);
  return (
    <DndContext
      {...dnd.context}
      accessibility={{ announcements: dnd.announcements, screenReaderInstructions }}
    >
      <BarActionsContext.Provider value={dnd.actions}>
        <div className="tl-scroll" ref={scrollRef} onScroll={onScroll} data-testid="timeline-scroll">
          <TimelineHeader canvas={canvas} px={px} today={today} />
          <div
            className="tl-body"
            style={{ height: virtualizer.getTotalSize() + (hasMore ? MORE_H : 0), width: NAME_W + days * px }}
          >
            {todayX >= 0 && todayX < days && (
              <div
                className="tl-today"
                style={{ left: NAME_W + todayX * px + px / 2 }}
                aria-hidden="true"
                data-testid="today-line"
              />
            )}
            {items.map((item) => {
              const row = rows[item.index];
              const lanes = visibleLanes(item.start, row.laneCount, viewTop, viewBottom);
              return (
                <GroupRow
                  key={row.key}
                  row={row}
                  top={item.start}
                  height={heights[item.index]}
                  collapsed={!!collapsed[row.key]}
                  canvas={canvas}
                  px={px}
                  visible={visible}
                  laneFrom={lanes.from}
                  laneTo={lanes.to}
                  doneStatusIds={doneStatusIds}
                  bookings={bookings}
                  onCreate={onCreate}
                />
              );
            })}
            {hasMore && (
              <div className="tl-more" style={{ top: virtualizer.getTotalSize(), height: MORE_H }}>
                <span role="status">
                  {loadingMore ? 'Loading more rows…' : 'More rows load as you scroll.'}
                </span>
              </div>
            )}
          </div>
        </div>
      </BarActionsContext.Provider>
      <DragOverlay dropAnimation={null}>
        {dnd.overlay ? <DragOverlayBars bars={dnd.overlay} /> : null}
      </DragOverlay>
    </DndContext>
  );
}
