import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BlockIndex } from '../block-index';
import { usePreviewStore } from '../dnd/drag-preview';
import { inWindow, toWindowed, windowLength, WORKING_HOURS, type HoursWindow } from '../hours-window';
import type { Block } from '../schedule-model';
import { axisMinutes } from '../time-geometry';
import { visibleRange } from '../visible-range';
import { AxisHeader, HEAD_W } from './axis-header';
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
}

/** Virtualized rows over a windowed wall-clock hour axis; blocks culled to the scrolled-in hours. */
export const ScheduleGrid = memo(function ScheduleGrid(p: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const first = p.rows[0];
  const dayCount = first?.dayCount ?? 1;
  const axisLen = dayCount * windowLength(p.window);
  const width = axisLen * p.pxPerMin;
  const daysMode = first ? !first.key.startsWith('u') : false;
  const [visible, setVisible] = useState<[number, number]>([0, axisLen]);
  // The focused block stays mounted when it is scrolled out of view (keyboard users keep their place).
  const [focused, setFocused] = useState<number | null>(null);
  // The row of a dragged block stays mounted (its block is the drag's node) even when scrolled away.
  const dragUser = usePreviewStore((s) => s.preview?.userIds[0] ?? null);
  const dragRow = dragUser === null ? -1 : p.rows.findIndex((r) => r.userId === dragUser);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const out = defaultRangeExtractor(range);
      return dragRow < 0 || out.includes(dragRow) ? out : [...out, dragRow].sort((a, b) => a - b);
    },
    [dragRow],
  );
  const virtualizer = useVirtualizer({
    count: p.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Every mounted row carries its blocks: a small overscan keeps the DOM near the viewport's size.
    overscan: 1,
    rangeExtractor,
  });
  const nowPos = (now: number) => {
    if (!first) return null;
    let m = axisMinutes(now, first.firstDay, p.zone);
    if (daysMode) m = ((m % 1440) + 1440) % 1440;
    return m >= 0 && m <= dayCount * 1440 && inWindow(m, p.window) ? toWindowed(m, p.window) : null;
  };

  const { onAvailableWidth } = p;
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => onAvailableWidth(Math.max(0, el.clientWidth - HEAD_W - 2)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [onAvailableWidth]);

  // Open at the start of the visible hours, or, when the current time would be out of sight, with it a third
  // in: the working day, not midnight, and today at a glance.
  const startKey = `${first?.firstDay}|${dayCount}|${p.window.startMin}|${p.pxPerMin}`;
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const now = nowPos(Date.now());
    const base = toWindowed(WORKING_HOURS.startMin, p.window) * p.pxPerMin;
    const x = now === null ? base : now * p.pxPerMin;
    const track = el.clientWidth - HEAD_W;
    el.scrollLeft = x >= base && x < base + track - 40 ? base : x - track / 3;
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
      const [from, to] = visibleRange(el.scrollLeft, el.clientWidth, HEAD_W, p.pxPerMin);
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
  }, [p.pxPerMin]);

  return (
    <div
      className="sch-scroll"
      ref={scrollRef}
      data-testid="schedule-grid"
      data-px-per-hour={p.pxPerMin * 60}
      data-window-start={p.window.startMin / 60}
      data-window-end={p.window.endMin / 60}
      onFocus={(e) => setFocused(Number((e.target as HTMLElement).dataset.blockId) || null)}
    >
      <div
        className="sch-canvas"
        style={{ width: HEAD_W + width, height: HEADER_H + virtualizer.getTotalSize() }}
      >
        {first ? (
          <AxisHeader
            firstDay={first.firstDay}
            dayCount={dayCount}
            window={p.window}
            pxPerMin={p.pxPerMin}
            dayLabels={!daysMode}
          />
        ) : null}
        <div className="sch-body" style={{ top: HEADER_H }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = p.rows[v.index];
            return (
              <ScheduleRow
                key={row.key}
                row={row}
                top={v.start}
                height={ROW_HEIGHT}
                index={p.index}
                pxPerMin={p.pxPerMin}
                window={p.window}
                zone={p.zone}
                visible={visible}
                focused={focused}
                selected={p.selected}
                onSelect={p.onSelect}
                onKey={p.onKey}
              />
            );
          })}
          <NowLine left={HEAD_W} pxPerMin={p.pxPerMin} positionOf={nowPos} />
        </div>
      </div>
    </div>
  );
});
