import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Load } from '@/web/lib/load-model';
import { rowBlocks, type BlockIndex } from '../block-index';
import { usePreviewStore, type Preview } from '../dnd/drag-preview';
import { liveBooked } from '../dnd/live-capacity';
import type { RowDropData } from '../dnd/use-schedule-dnd';
import { bookedMinutes, findConflicts, type Block } from '../schedule-model';
import { toWindowed, windowedSpan, windowLength, type HoursWindow } from '../hours-window';
import { cullToRange, type Placed } from '../visible-range';
import { clusterBlocks, clusterSpan, stackOverlaps, type Drawn } from '../block-clusters';
import { addDays } from '@/web/lib/time/calendar-day';
import { useDateFormat } from '@/web/lib/time/use-date-format';
import { dayOf } from '@/web/lib/time/zoned';
import { axisMinutes } from '../time-geometry';
import { capacityText } from '../capacity-text';
import { BlockCluster } from './block-cluster';
import { TimeBlockView } from './time-block-view';

/**
 * Track pixels a block of an overlapping run needs on average to be drawn on its own: below it the run is one
 * cluster. On the dense benchmark week (50,000 blocks) a person's day is 30-40 blocks stacked two or three deep
 * on 7-9 px an hour (about 5-7 px a block). Two overlapping blocks are never clustered (CLUSTER_MIN_COUNT).
 */
const CLUSTER_MIN_PX = 8;
/** A double booking stays two blocks: each must stay grabbable to move it apart. */
const CLUSTER_MIN_COUNT = 3;
/** Blocks overlapping by less than this merely touch: each is drawn. */
const CLUSTER_OVERLAP_PX = 1;

export interface RowDef {
  key: string;
  userId: number;
  /** The person's name, or the day's ("Wed 12-02"). */
  name: string;
  /** What it adds to the name ("(you)", "(today)"): shown apart, so a narrow name column cuts the name, never it. */
  mark?: string;
  /** Calendar day the row's track starts at, and how many days it shows. */
  firstDay: string;
  dayCount: number;
  /** The person's loads by day (from `/capacities`); null while unknown. */
  capacity: ReadonlyMap<string, Load> | null;
  /**
   * The signed-in user's own row: the only one a task can be booked on. A time block belongs to whoever books
   * it (the OpenAPI's block payloads carry no user), so another person's row refuses a drop.
   */
  bookable: boolean;
}

interface Props {
  row: RowDef;
  top: number;
  height: number;
  /** Width of the sticky name (or day) column. */
  headW: number;
  index: BlockIndex;
  pxPerMin: number;
  window: HoursWindow;
  zone: string;
  /** Visible axis minutes (blocks outside are not rendered unless they are being dragged). */
  visible: [number, number];
  /** The block with keyboard focus (kept mounted when scrolled out). */
  focused: number | null;
  selected: readonly number[];
  onSelect: (id: number, additive: boolean) => void;
  onKey: (e: KeyboardEvent, block: Block) => void;
  /** Zooms in on a cluster of this row at windowed axis minutes; null when no closer zoom exists. */
  onCluster: ((rowKey: string, minutes: number) => void) | null;
}

/** A row (a user, or a day of one user): droppable track with its blocks and the booked time per day. */
export const ScheduleRow = memo(function ScheduleRow(props: Props) {
  const { row, pxPerMin, zone, window } = props;
  const trackRef = useRef<HTMLDivElement | null>(null);
  const fmt = useDateFormat();
  // A row that would refuse a drop is no drop target: it never lights up under a dragged task.
  const drop = useDroppable({
    id: `row:${row.key}`,
    disabled: !row.bookable,
    // The track's live position: dnd-kit's droppable rect is measured before the grid scrolls.
    data: {
      userId: row.userId,
      firstDay: row.firstDay,
      trackLeft: () => trackRef.current?.getBoundingClientRect().left ?? 0,
    } satisfies RowDropData,
  });
  // Only the rows a drag touches see it (their user's blocks move), so a drag step re-renders those rows.
  const preview = usePreviewStore((s) => (s.preview?.userIds.includes(row.userId) ? s.preview : null));
  const blocks = useMemo(
    () => rowBlocks(props.index, row.userId, row.firstDay, row.dayCount),
    [props.index, row.userId, row.firstDay, row.dayCount],
  );
  // Conflicts are per user and booked time per user and day: this row's blocks are enough for both.
  const conflicts = useMemo(() => findConflicts(blocks), [blocks]);
  const base = useMemo(() => bookedMinutes(blocks, zone), [blocks, zone]);
  const bookedAt = useMemo(
    () => liveBooked(base, preview?.moving ?? [], preview, zone),
    [base, preview, zone],
  );
  // Pixel spans change with the data and the zoom only; scrolling just re-culls them.
  const placed = useMemo(
    () =>
      blocks.flatMap((b) => {
        const span = windowedSpan(
          b.start,
          b.duration ?? 0,
          row.firstDay,
          row.dayCount,
          window,
          pxPerMin,
          zone,
        );
        return span ? [{ item: b, left: span.left, width: span.width }] : [];
      }),
    [blocks, row.firstDay, row.dayCount, window, pxPerMin, zone],
  );
  const kept = (b: Block) =>
    b.id === props.focused || props.selected.includes(b.id) || (preview?.ids.includes(b.id) ?? false);
  const dayLen = windowLength(window);
  // Clustered before culling, so a cluster holds the same blocks wherever the row is scrolled.
  const clustered = clusterBlocks(placed, {
    minPx: CLUSTER_MIN_PX,
    overlapPx: CLUSTER_OVERLAP_PX,
    minCount: CLUSTER_MIN_COUNT,
    dayPx: dayLen * pxPerMin,
    keep: kept,
  });
  // Overlapping blocks drawn one by one share the row's height (a double booking shows both, each reachable).
  const stacks = stackOverlaps(clustered.flatMap((d) => (d.kind === 'block' ? [d.placed] : [])));
  const drawn = cullToRange<Drawn<Block>>(
    clustered.map((d) =>
      d.kind === 'block' ? { ...d.placed, item: d } : { item: d, left: d.left, width: d.width },
    ),
    props.visible,
    pxPerMin,
    (d) => d.kind === 'block' && kept(d.placed.item),
  ).map((p) => p.item);
  const length = row.dayCount * dayLen;
  const days = Array.from({ length: row.dayCount }, (_, i) => addDays(row.firstDay, i));
  const capacity = days.map((day, i) => {
    const booked = Math.round(bookedAt(`${row.userId}|${day}`));
    const label = capacityText(booked, row.capacity?.get(day));
    return (
      <span
        key={day}
        className={`sch-capacity${label.over ? ' over' : ''}${label.off ? ' off' : ''}${row.dayCount > 1 ? ' in-track' : ''}`}
        // Anchored at the day's right edge from the right, so the last day's label has as much room as the others.
        style={row.dayCount > 1 ? { right: (row.dayCount - i - 1) * dayLen * pxPerMin + 4 } : undefined}
        data-testid="capacity"
        data-day={day}
        data-over={label.over ? 'true' : undefined}
        data-off={label.off ? 'true' : undefined}
      >
        {label.text}
        {label.extra ? <span className="sr-only">{label.extra}</span> : null}
      </span>
    );
  });
  // A moved block is drawn where its new start falls on the windowed axis (a move may skip the night).
  const shiftOf = (preview: Preview, start: number) => {
    if (preview.kind === 'resize') return { x: 0, y: 0, grow: preview.minutes * pxPerMin };
    const from = axisMinutes(start, row.firstDay, zone);
    const x = (toWindowed(from + preview.minutes, window) - toWindowed(from, window)) * pxPerMin;
    return { x, y: preview.rows * props.height, grow: 0 };
  };
  // The hours a cluster's blocks cover, with the days when the row shows several (or it ends on another day).
  const spanOf = (items: readonly Placed<Block>[]) => {
    const [from, to] = clusterSpan(items.map((p) => p.item));
    const fromDay = dayOf(from, zone);
    const toDay = dayOf(to - 1, zone);
    const day = (d: string) => `${fmt.weekdayDate(d)}, `;
    return `${row.dayCount > 1 || toDay !== fromDay ? day(fromDay) : ''}${fmt.clock(from, zone)}–${toDay !== fromDay ? day(toDay) : ''}${fmt.clock(to, zone)}`;
  };
  // People as rows: a block's row says whose it is; a day of one person as a row: which day.
  const isPersonRow = row.key.startsWith('u');
  const { onCluster } = props;
  const openCluster = onCluster ? (left: number) => onCluster(row.key, left / pxPerMin) : null;
  return (
    <div
      className="sch-row"
      style={{ top: props.top, height: props.height }}
      data-testid="schedule-row"
      data-row={row.key}
      data-bookable={row.bookable}
    >
      <div
        className="sch-row-head"
        title={row.mark ? `${row.name} ${row.mark}` : row.name}
        style={{ width: props.headW }}
      >
        <span className="sch-row-name">
          <span className="sch-row-label">{row.name}</span>
          {/* The space is where a phone's two lines may break (in the desktop's flex row it is nothing). */}
          {row.mark ? (
            <>
              {' '}
              <span className="sch-row-mark">{row.mark}</span>
            </>
          ) : null}
        </span>
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
        {drawn.map((d) => {
          if (d.kind === 'cluster') {
            return (
              <BlockCluster
                key={`cluster:${d.items[0].item.id}`}
                left={d.left}
                width={d.width}
                count={d.items.length}
                span={spanOf(d.items)}
                conflicts={d.items.filter((p) => conflicts.has(p.item.id)).length}
                onOpen={openCluster}
              />
            );
          }
          const { item: b, left, width } = d.placed;
          const start = Date.parse(b.start);
          const label = `${fmt.clock(start, zone)}–${fmt.clock(start + (b.duration ?? 0) * 1000, zone)}`;
          const day = row.dayCount > 1 || !isPersonRow ? fmt.weekdayDate(dayOf(start, zone)) : null;
          const shift = preview?.ids.includes(b.id) ? shiftOf(preview, start) : null;
          return (
            <TimeBlockView
              key={b.id}
              block={b}
              left={left}
              width={width}
              label={label}
              where={[isPersonRow ? row.name : null, day].filter(Boolean).join(', ')}
              conflict={conflicts.has(b.id)}
              lane={stacks.get(b)?.lane}
              lanes={stacks.get(b)?.of}
              selected={props.selected.includes(b.id)}
              shift={shift}
              onSelect={props.onSelect}
              onKey={props.onKey}
            />
          );
        })}
      </div>
    </div>
  );
});
