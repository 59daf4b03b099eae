import { useVirtualizer, defaultRangeExtractor } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { addDays, daysBetween, type DayRange } from '@/web/lib/time/calendar-day';
import { NARROW_SCREEN, useMediaQuery } from '@/web/lib/use-media-query';
import { dateToX } from '../geometry';
import { useGridEntry } from '../keyboard/use-grid-entry';
import { HEADER_H, nameWidth, rowHeight, visibleLanes } from '../layout';
import { useTimelineUi } from '../store';
import { followScrollX } from './bar-label-follow';
import { GroupRow, trackBackground } from './group-row';
import { MilestoneLines } from './milestone-flags';
import type { GridProps } from './timeline-grid';
import { TimelineHeader } from './timeline-header';
import { useScrollSettle } from './use-scroll-settle';
import { useZoomGestures } from './use-zoom-gestures';

// Bars are culled to the visible days in steps of CULL_DAYS, with OVERSCAN_DAYS on both sides: a step
// re-renders every mounted row, so at 100 px a frame it comes every few frames, not every other one.
const CULL_DAYS = 14;
const OVERSCAN_DAYS = 7;
// A row taller than the view mounts the lanes near it in steps of LANE_STEP lanes (120 px): small steps spread
// the mounting of a tall row over the frames of a scroll (a 16-lane step mounted about 100 bars in one frame).
const LANE_OVERSCAN = 6;
const LANE_STEP = 4;
// Rows within this many of the last loaded one ask for the next page.
const LOAD_AHEAD_ROWS = 15;
const MORE_H = 36;

/** The cull step for a scroll position and how many days a track this wide shows. */
const cullAt = (scrollLeft: number, width: number, px: number, nameW: number) => ({
  step: Math.floor(Math.max(0, scrollLeft) / px / CULL_DAYS),
  viewDays: Math.ceil((width - nameW) / px),
});

/** The scrolling part of the grid: virtualized rows, bars culled to the visible days and lanes. */
export const GridScroller = memo(function GridScroller({
  rows,
  canvas,
  start,
  jumps,
  px,
  today,
  doneStatusIds,
  bookings,
  hasMore,
  loadingMore,
  loadMore,
  onCreate,
  onScrolledTo,
  onZoomTo,
}: GridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const nameW = nameWidth(useMediaQuery(NARROW_SCREEN));
  const { remember, onFocus } = useGridEntry();
  const collapsed = useTimelineUi((s) => s.collapsed);
  const draggingId = useTimelineUi((s) => s.draggingId);
  const heights = useMemo(() => rows.map((r) => rowHeight(r, !!collapsed[r.key])), [rows, collapsed]);
  const draggingRow =
    draggingId === null ? -1 : rows.findIndex((r) => r.tasks.some((t) => t.id === draggingId));

  // Stable between renders: the virtualizer measures every row again (300 keys at 10k tasks, each scroll frame)
  // whenever getItemKey is a new function.
  const estimateSize = useCallback((i: number) => heights[i], [heights]);
  const getItemKey = useCallback((i: number) => `${rows[i].key}:${heights[i]}`, [rows, heights]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 3,
    // Until the scroller is measured (its layout effect), the window's size: the first render mounts the rows
    // and lanes that will show, not one row and a few lanes that the measurement then has to add to.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
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

  // Visible days, in steps of CULL_DAYS from the canvas start, and how many days the track shows. The first
  // render culls for the day the grid is about to scroll to (the window's width standing in for the track's):
  // culled for the canvas start instead, it mounted bars two months early that the scroll then swapped out.
  const [cull, setCull] = useState(() =>
    cullAt(dateToX(start, canvas.start, px), window.innerWidth, px, nameW),
  );
  const visible = useMemo<DayRange>(
    () => ({
      start: addDays(canvas.start, cull.step * CULL_DAYS - OVERSCAN_DAYS),
      end: addDays(canvas.start, cull.step * CULL_DAYS + cull.viewDays + CULL_DAYS + OVERSCAN_DAYS),
    }),
    [canvas.start, cull],
  );
  const measureCull = () => {
    const el = scrollRef.current;
    if (!el) return;
    const { step, viewDays } = cullAt(el.scrollLeft, el.clientWidth, px, nameW);
    setCull((c) => (c.step === step && c.viewDays === viewDays ? c : { step, viewDays }));
  };

  // Scroll to the URL's start when it changes from outside (Today, Previous, Next, Back, zoom, a link);
  // after our own scroll-driven URL update only the canvas may have moved: keep the same day in view.
  const fromScroll = useRef<{ day: string; rest: number } | null>(null);
  // Today clicked while the URL already had today's start (the grid was scrolled away within the settle delay,
  // or by a scroll whose settle was dropped): the URL does not change, the grid still goes back.
  const jumped = useRef(jumps);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    if (jumped.current !== jumps) fromScroll.current = null;
    jumped.current = jumps;
    const own = fromScroll.current?.day === start ? fromScroll.current.rest : 0;
    el.scrollLeft = dateToX(start, canvas.start, px) + own;
    remember(el);
    followScrollX(el);
  }, [start, canvas.start, px, remember, jumps]);

  // Ctrl+wheel and Ctrl+= / Ctrl+- zoom around a day: the layout effect above puts `rest` back.
  useZoomGestures(scrollRef, { px, origin: canvas.start, nameW }, (zoom, day, rest) => {
    fromScroll.current = { day, rest };
    onZoomTo(zoom, day);
  });

  // The URL follows the first day in view once the scroll has settled (not in the middle of one: a new
  // start may choose another window to read).
  const settle = useScrollSettle(() => {
    const el = scrollRef.current;
    if (!el) return;
    const whole = Math.floor(el.scrollLeft / px);
    const day = addDays(canvas.start, whole);
    if (day === start) return;
    const before = fromScroll.current;
    fromScroll.current = { day, rest: el.scrollLeft - whole * px };
    if (!onScrolledTo(day)) fromScroll.current = before;
  });
  // Measured again when the zoom or the names column changes.
  useLayoutEffect(measureCull, [px, nameW]);

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
  const rowsHeight = virtualizer.getTotalSize();
  return (
    <div
      className="tl-scroll"
      ref={scrollRef}
      onFocus={onFocus}
      onScroll={(e) => {
        // Reads (the scroll position, the view's width) before the label write below.
        remember(e.currentTarget);
        measureCull();
        followScrollX(e.currentTarget);
        settle();
      }}
      data-testid="timeline-scroll"
      // The names column's width and the header's height for the CSS of the header and the rows' names.
      style={{ ['--tl-name-w' as string]: `${nameW}px`, ['--tl-header-h' as string]: `${HEADER_H}px` }}
    >
      <TimelineHeader canvas={canvas} px={px} today={today} nameW={nameW} />
      <div
        className="tl-body"
        style={{ height: rowsHeight + (hasMore ? MORE_H : 0), width: nameW + days * px }}
      >
        {/* Day lines and weekends, drawn once for the view's height (see .tl-backdrop), not on every row. */}
        <div className="tl-backdrop" aria-hidden="true">
          <div style={{ left: nameW, width: days * px, ...trackBackground(canvas, px) }} />
        </div>
        {todayX >= 0 && todayX < days && (
          <div
            className="tl-today"
            style={{ left: nameW + todayX * px + px / 2 }}
            aria-hidden="true"
            data-testid="today-line"
          />
        )}
        <MilestoneLines canvas={canvas} px={px} left={nameW} />
        {items.map((item) => {
          const row = rows[item.index];
          const lanes = visibleLanes(
            item.start,
            row.laneCount,
            viewTop,
            viewBottom,
            LANE_OVERSCAN,
            LANE_STEP,
          );
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
          <div className="tl-more" style={{ top: rowsHeight, height: MORE_H }}>
            <span role="status">{loadingMore ? 'Loading more rows…' : 'More rows load as you scroll.'}</span>
          </div>
        )}
      </div>
    </div>
  );
});
