import { memo, useContext, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Milestone } from '@/api/milestone';
import { cssColor } from '@/web/lib/css-color';
import { addDays, type DayRange } from '@/web/lib/time/calendar-day';
import { dateToX, pxToDays } from '../geometry';
import { DateFormatContext } from '@/web/lib/time/use-date-format';
import { flagPlaces, type FlagPlace } from '../milestone-places';
import { deleteOf, moveOf } from '../milestone-writes';
import { useMilestones } from '../milestone-context';
import { useTimelineUi } from '../store';
import './milestones.css';

// Arrow presses within this pause add up to one move (one request), not one request per press.
const KEY_SETTLE_MS = 700;
const HELP_ID = 'tl-milestone-help';

/**
 * The milestones' flags, in the header's own lane between months and days: drag or arrow keys move, Enter
 * edits, Delete deletes.
 */
export const MilestoneFlags = memo(function MilestoneFlags({ canvas, px }: { canvas: DayRange; px: number }) {
  const ms = useMilestones();
  if (!ms) return null;
  const shown = ms.list
    .filter((m) => m.due_date >= canvas.start && m.due_date <= canvas.end)
    .sort((a, b) => (a.due_date < b.due_date ? -1 : a.due_date > b.due_date ? 1 : 0));
  return (
    <div className="tl-ms-flags">
      <span id={HELP_ID} className="sr-only">
        Left and right arrows move the milestone by a day; Enter edits, completes or deletes it; Delete
        deletes it.
      </span>
      {flagPlaces(
        shown.map((m) => m.due_date),
        canvas.start,
        px,
      ).map((place, i) => (
        <Flag key={shown[i].id} m={shown[i]} canvas={canvas} px={px} place={place} />
      ))}
    </div>
  );
});

/** Below this room a flag shows its mark only (its name is its accessible name and its title). */
const FLAG_COMPACT_W = 40;

function Flag({ m, canvas, px, place }: { m: Milestone; canvas: DayRange; px: number; place: FlagPlace }) {
  const { room } = place;
  const ms = useMilestones()!;
  const { shortDate } = useContext(DateFormatContext);
  const [offset, setOffset] = useState(0);
  const drag = useRef<{ x: number; moved: boolean } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(0);
  const temp = m.id < 0;
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (days: number) => {
    clearTimeout(timer.current);
    pending.current = 0;
    setOffset(0);
    if (!days || temp) return;
    const due = addDays(m.due_date, days);
    ms.change(moveOf(m, due, shortDate(due)));
  };
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0 || temp) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, moved: false };
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    if (Math.abs(e.clientX - d.x) > 4) d.moved = true;
    if (d.moved) setOffset(pxToDays(e.clientX - d.x, px));
  };
  const onPointerUp = (e: PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    if (d.moved) commit(pxToDays(e.clientX - d.x, px));
    else useTimelineUi.getState().milestoneDialogOpened({ mode: 'edit', id: m.id });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (temp) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      pending.current += e.key === 'ArrowRight' ? 1 : -1;
      setOffset(pending.current);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(pending.current), KEY_SETTLE_MS);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      ms.change(deleteOf(m));
    } else if (e.key === 'Escape' && pending.current) {
      clearTimeout(timer.current);
      pending.current = 0;
      setOffset(0);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      commit(pending.current);
      useTimelineUi.getState().milestoneDialogOpened({ mode: 'edit', id: m.id });
    }
  };

  const due = addDays(m.due_date, offset);
  const done = Boolean(m.completed_at);
  const compact = !offset && room < FLAG_COMPACT_W;
  return (
    <button
      type="button"
      className={`tl-ms-flag${done ? ' is-done' : ''}${offset ? ' is-moving' : ''}${compact ? ' is-compact' : ''}`}
      style={{
        // Moving, it follows the days; in place, its place (beside the others of its day).
        left: offset ? dateToX(due, canvas.start, px) + px / 2 : place.left,
        // A moving flag shows its name in full over the others; a compact one is its mark's width.
        maxWidth: offset || compact ? undefined : room,
        ['--ms-color' as string]: cssColor(m.color, 'var(--today)'),
      }}
      title={compact ? `${m.name}, due ${shortDate(due)}` : undefined}
      aria-label={`Milestone ${m.name}, due ${shortDate(due)}${done ? ', completed' : ''}`}
      aria-describedby={HELP_ID}
      aria-disabled={temp || undefined}
      data-milestone-id={m.id}
      data-due={due}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        drag.current = null;
        setOffset(0);
      }}
      onKeyDown={onKeyDown}
      onBlur={() => pending.current && commit(pending.current)}
    >
      <span aria-hidden="true">{done ? '✓' : '◆'}</span>
      {compact ? null : ` ${m.name}`}
    </button>
  );
}

/**
 * The milestones' lines down the rows, as one element (decoration: the flags carry the names and the controls):
 * a dashed 2 px background per milestone, placed at its day. An element per line added one per milestone in the
 * window to the Timeline's DOM.
 */
export const MilestoneLines = memo(function MilestoneLines({
  canvas,
  px,
  left,
}: {
  canvas: DayRange;
  px: number;
  left: number;
}) {
  const ms = useMilestones();
  if (!ms) return null;
  const shown = ms.list.filter((m) => m.due_date >= canvas.start && m.due_date <= canvas.end);
  if (!shown.length) return null;
  const dash = (m: Milestone) => {
    // One colour the browser cannot read would void every line of the declaration: those get the default.
    const base = cssColor(m.color, 'var(--today)');
    const color = `color-mix(in srgb, ${base} ${m.completed_at ? 35 : 70}%, transparent)`;
    return `repeating-linear-gradient(to bottom, ${color} 0 4px, transparent 4px 7px)`;
  };
  return (
    <div
      className="tl-ms-lines"
      style={{
        width: left + dateToX(canvas.end, canvas.start, px) + px,
        backgroundImage: shown.map(dash).join(', '),
        backgroundPosition: shown
          .map((m) => `${left + dateToX(m.due_date, canvas.start, px) + px / 2 - 1}px 0`)
          .join(', '),
      }}
      aria-hidden="true"
      data-milestone-lines={shown.map((m) => m.id).join(' ')}
    />
  );
});
