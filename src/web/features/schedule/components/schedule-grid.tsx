import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BlockIndex } from '../block-index';
import { usePreviewStore } from '../dnd/drag-preview';
import { inWindow, toWindowed, windowLength, WORKING_HOURS, type HoursWindow } from '../hours-window';
import type { Block } from '../schedule-model';
import { axisMinutes } from '../time-geometry';
import { dayOf } from '@/web/lib/time/zoned';
import { visibleRange } from '../visible-range';
import { NARROW_SCREEN, useMediaQuery } from '@/web/lib/use-media-query';
import { AxisHeader, headWidth } from './axis-header';
import { NowLine } from './now-line';
import { ScheduleRow, type RowDef } from './schedule-row';

export const ROW_HEIGHT = 56;
const HEADER_H = 44;

interface Props {
  rows: RowDef[];
  index: BlockIndex;
  pxPerMin: number;
  window: HoursWindow;
  onAvailableWidth: (px: number) => void;
  zone: string;
  selected: readonly number[];
  onSelect: (id: number, additive: boolean) => void;
  onKey: (e: KeyboardEvent, block: Block) => void;
  /** Switches to a closer zoom (a cluster was opened); null when none exists. */
  onZoomIn: (() => void) | null;
}

/** Virtualized rows over a windowed wall-clock hour axis; blocks culled to the scrolled-in hours. */
export const ScheduleGrid = memo(function ScheduleGrid(props: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headW = headWidth(useMediaQuery(NARROW_SCREEN));
  const first = props.rows[0];
  const dayCount = first?.dayCount ?? 1;
  const axisLen = dayCount * windowLength(props.window);
  const width = axisLen * props.pxPerMin;
  const daysMode = first ? !first.key.startsWith('u') : false;
  const [visible, setVisible] = useState<[number, number]>([0, axisLen]);
  // The focused block stays mounted when it is scrolled out of view (keyboard users keep their place).
  const [focused, setFocused] = useState<number | null>(null);
  // An opened cluster: where the closer zoom scrolls to, and the row whose block there takes the focus.
  const opened = useRef<{ rowKey: string; minutes: number } | null>(null);
  const { onZoomIn } = props;
  const openCluster = useCallback(
    (rowKey: string, minutes: number) => {
      opened.current = { rowKey, minutes };
      onZoomIn?.();
    },
    [onZoomIn],
  );
  // The row of a dragged block stays mounted (its block is the drag's node) even when scrolled away.
  const dragUser = usePreviewStore((s) => s.preview?.userIds[0] ?? null);
  const dragRow = dragUser === null ? -1 : props.rows.findIndex((r) => r.userId === dragUser);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const out = defaultRangeExtractor(range);
      return dragRow < 0 || out.includes(dragRow) ? out : [...out, dragRow].sort((a, b) => a - b);
    },
    [dragRow],
  );
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Every mounted row carries its blocks: a small overscan keeps the DOM near the viewport's size.
    overscan: 1,
    rangeExtractor,
  });
  const nowPos = (now: number) => {
    if (!first) return null;
    let minutes = axisMinutes(now, first.firstDay, props.zone);
    if (daysMode) minutes = ((minutes % 1440) + 1440) % 1440;
    return minutes >= 0 && minutes <= dayCount * 1440 && inWindow(minutes, props.window)
      ? toWindowed(minutes, props.window)
      : null;
  };

  // Rows that are days of one person: the line crosses today's row only.
  const todayRow = (now: number) => {
    const index = props.rows.findIndex((r) => r.firstDay === dayOf(now, props.zone));
    return index < 0 ? null : { top: index * ROW_HEIGHT, height: ROW_HEIGHT };
  };

  const { onAvailableWidth } = props;
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => onAvailableWidth(Math.max(0, el.clientWidth - headW - 2)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [onAvailableWidth, headW]);

  // Open at the start of the visible hours, or, when the current time would be out of sight, with it a third
  // in: the working day, not midnight, and today at a glance.
  const startKey = `${first?.firstDay}|${dayCount}|${props.window.startMin}|${props.pxPerMin}`;
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const target = opened.current;
    opened.current = null;
    if (target) {
      el.scrollLeft = Math.max(0, target.minutes * props.pxPerMin - 40);
      focusBlockAt(el, target.rowKey, target.minutes * props.pxPerMin);
      return;
    }
    const now = nowPos(Date.now());
    const workStart = toWindowed(WORKING_HOURS.startMin, props.window) * props.pxPerMin;
    const nowX = now === null ? workStart : now * props.pxPerMin;
    const track = el.clientWidth - headW;
    el.scrollLeft = nowX >= workStart && nowX < workStart + track - 40 ? workStart : nowX - track / 3;
    // Only when what is shown changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [startKey]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      // Hour buckets with a two-hour margin: re-render on scroll only when the culled set can change.
      const [from, to] = visibleRange(el.scrollLeft, el.clientWidth, headW, props.pxPerMin);
      setVisible((v) => (v[0] === from && v[1] === to ? v : [from, to]));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [props.pxPerMin, headW]);

  return (
    <div
      className="sch-scroll"
      ref={scrollRef}
      data-testid="schedule-grid"
      data-px-per-hour={props.pxPerMin * 60}
      data-window-start={props.window.startMin / 60}
      data-window-end={props.window.endMin / 60}
      onFocus={(e) => setFocused(Number((e.target as HTMLElement).dataset.blockId) || null)}
    >
      <div
        className="sch-canvas"
        style={{ width: headW + width, height: HEADER_H + virtualizer.getTotalSize() }}
      >
        {first ? (
          <AxisHeader
            firstDay={first.firstDay}
            dayCount={dayCount}
            window={props.window}
            pxPerMin={props.pxPerMin}
            dayLabels={!daysMode}
            headW={headW}
          />
        ) : null}
        <div className="sch-body" style={{ top: HEADER_H }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = props.rows[v.index];
            return (
              <ScheduleRow
                key={row.key}
                row={row}
                top={v.start}
                height={ROW_HEIGHT}
                headW={headW}
                index={props.index}
                pxPerMin={props.pxPerMin}
                window={props.window}
                zone={props.zone}
                visible={visible}
                focused={focused}
                selected={props.selected}
                onSelect={props.onSelect}
                onKey={props.onKey}
                onCluster={onZoomIn ? openCluster : null}
              />
            );
          })}
          <NowLine
            left={headW}
            pxPerMin={props.pxPerMin}
            positionOf={nowPos}
            rowSpanOf={daysMode ? todayRow : undefined}
          />
        </div>
      </div>
    </div>
  );
});

/**
 * After a cluster was opened, the first block (or smaller cluster) of its row at or after `x` takes the focus,
 * once the scrolled-to hours are drawn: a keyboard user goes on from where the cluster was.
 */
function focusBlockAt(el: HTMLElement, rowKey: string, x: number) {
  let frames = 0;
  const attempt = () => {
    const row = [...el.querySelectorAll<HTMLElement>('[data-testid="schedule-row"]')].find(
      (r) => r.dataset.row === rowKey,
    );
    const items = row?.querySelectorAll<HTMLElement>(
      '[data-testid="time-block"], [data-testid="block-cluster"]',
    );
    const next = [...(items ?? [])]
      .filter((b) => b.offsetLeft + b.offsetWidth > x)
      .sort((a, b) => a.offsetLeft - b.offsetLeft)[0];
    if (next) next.focus({ preventScroll: true });
    else if (++frames < 10) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
