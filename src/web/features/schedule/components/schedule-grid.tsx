import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useDragPreview } from '../dnd/drag-preview';
import type { Block } from '../schedule-model';
import { addDaysToKey, axisMinutes } from '../time-geometry';
import { NowLine } from './now-line';
import { ScheduleRow, type RowDef } from './schedule-row';

export const ROW_HEIGHT = 56;
const HEAD_W = 168;
const HEADER_H = 44;

interface Props {
  rows: RowDef[];
  blocksByUser: ReadonlyMap<number, Block[]>;
  pxPerMin: number;
  zone: string;
  conflicts: ReadonlySet<number>;
  selected: readonly number[];
  bookedFor: (userId: number, day: string) => number;
  onSelect: (id: number, additive: boolean) => void;
  onKey: (e: KeyboardEvent, block: Block) => void;
}

const dayLabel = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** Virtualized rows over a wall-clock hour axis; blocks culled to the scrolled-in hours. */
export function ScheduleGrid(p: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const preview = useDragPreview();
  const first = p.rows[0];
  const dayCount = first?.dayCount ?? 1;
  const axisLen = dayCount * 1440;
  const width = axisLen * p.pxPerMin;
  const [visible, setVisible] = useState<[number, number]>([0, axisLen]);
  const virtualizer = useVirtualizer({
    count: p.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  // Open at 07:00 of the first day: the working day, not midnight.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el) el.scrollLeft = 7 * 60 * p.pxPerMin;
  }, [p.pxPerMin, first?.firstDay]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      // Hour buckets with a two-hour margin: re-render on scroll only when the culled set can change.
      const from = Math.floor((el.scrollLeft / p.pxPerMin - 120) / 60) * 60;
      const to = Math.ceil(((el.scrollLeft + el.clientWidth) / p.pxPerMin + 120) / 60) * 60;
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

  const hourStep = p.pxPerMin * 60 >= 40 ? 1 : 3;
  const ticks: { key: string; left: number; text: string; day: boolean }[] = [];
  for (let d = 0; first && d < dayCount; d++) {
    const day = addDaysToKey(first.firstDay, d);
    for (let h = 0; h < 24; h += hourStep) {
      ticks.push({
        key: `${d}-${h}`,
        left: (d * 1440 + h * 60) * p.pxPerMin,
        text: h === 0 && first.key.startsWith('u') ? dayLabel(day) : `${String(h).padStart(2, '0')}:00`,
        day: h === 0,
      });
    }
  }

  return (
    <div className="sch-scroll" ref={scrollRef} data-testid="schedule-grid">
      <div
        className="sch-canvas"
        style={{ width: HEAD_W + width, height: HEADER_H + virtualizer.getTotalSize() }}
      >
        <div className="sch-header" style={{ width: HEAD_W + width }}>
          <div className="sch-corner" />
          <div className="sch-ticks" style={{ width }}>
            {ticks.map((t) => (
              <span key={t.key} className={`sch-tick${t.day ? ' day' : ''}`} style={{ left: t.left }}>
                {t.text}
              </span>
            ))}
          </div>
        </div>
        <div className="sch-body" style={{ top: HEADER_H }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = p.rows[v.index];
            return (
              <ScheduleRow
                key={row.key}
                row={row}
                top={v.start}
                height={ROW_HEIGHT}
                blocks={p.blocksByUser.get(row.userId) ?? EMPTY}
                pxPerMin={p.pxPerMin}
                zone={p.zone}
                visible={visible}
                conflicts={p.conflicts}
                selected={p.selected}
                preview={
                  preview && (p.blocksByUser.get(row.userId) ?? EMPTY).some((b) => preview.ids.includes(b.id))
                    ? preview
                    : null
                }
                bookedFor={p.bookedFor}
                onSelect={p.onSelect}
                onKey={p.onKey}
              />
            );
          })}
          {first ? (
            <NowLine
              left={HEAD_W}
              pxPerMin={p.pxPerMin}
              minutesOf={(now) => axisMinutes(now, first.firstDay, p.zone)}
              daysMode={!first.key.startsWith('u')}
              axisLen={axisLen}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}

const EMPTY: Block[] = [];
