import { memo, useContext, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { DateFormatContext } from '@/web/lib/time/use-date-format';
import { useAnnouncer } from '@/web/components/ui/announcer';
import type { Load } from '@/web/lib/load-model';
import { addDays, isDay, type Day, type DayRange } from '@/web/lib/time/calendar-day';
import { dateToX } from '../geometry';
import { cellOf, daysOffOf, stripSummary, type StripCell } from '../workload';
import { changedPeriods } from '../workload-preview';
import { useWorkload } from '../workload-context';
import { useDragPreview } from './use-drag-preview';
import './workload.css';

interface Props {
  userId: number;
  name: string;
  canvas: DayRange;
  px: number;
  visible: DayRange;
}

const NO_LOADS: ReadonlyMap<Day, Load> = new Map();

/**
 * A person's workload under their bars: one cell per day (Day/Week zoom) or week (Month/Quarter), coloured
 * by how full it is, over-allocation striped and marked, draft-project load as a lighter segment, time off
 * and holidays shaded on the whole row. One tab stop: the arrow keys read the cells (aria-activedescendant),
 * so a row of ninety days adds no ninety stops.
 */
export const WorkloadStrip = memo(function WorkloadStrip({ userId, name, canvas, px, visible }: Props) {
  const workload = useWorkload();
  const names = useContext(DateFormatContext);
  const win = workload?.window;
  const loads = win?.loads.get(userId) ?? NO_LOADS;
  const unit = win?.unit ?? 'day';
  const drag = useDragPreview(userId, px, loads, unit, win?.holidays.get(userId));
  const preview = drag.loads;
  const shown = preview ?? loads;
  const changed = useMemo(() => (preview ? changedPeriods(loads, preview) : null), [loads, preview]);
  const drafts = win?.withDrafts?.get(userId);
  const holidays = win?.holidays.get(userId);
  const days = unit === 'day' ? 1 : 7;

  const cells = useMemo(() => {
    const out: StripCell[] = [];
    for (const [date, load] of shown) {
      // A period the upstream names by something else than a calendar day has no place on the strip.
      if (!isDay(date) || date < addDays(visible.start, -days) || date > visible.end) continue;
      out.push(cellOf(load, unit, daysOffOf(load, days, holidays, names), drafts?.get(date), names));
    }
    return out.sort((a, b) => (a.date < b.date ? -1 : 1));
  }, [shown, visible, unit, days, holidays, drafts, names]);

  // A keyboard drag over this person's row: the load the drop would make, in words (at most three periods).
  const spoken =
    drag.keyboard && drag.incoming && preview && changed?.size
      ? [...changed]
          .sort()
          .slice(0, 3)
          .map(
            (d) =>
              cellOf(
                preview.get(d)!,
                unit,
                daysOffOf(preview.get(d)!, days, holidays, names),
                undefined,
                names,
              ).label,
          )
          .join('. ')
      : '';
  useEffect(() => {
    if (spoken) useAnnouncer.getState().announce(`If dropped on ${name}: ${spoken}.`);
  }, [spoken, name]);

  const [active, setActive] = useState<Day | null>(null);
  const [focused, setFocused] = useState(false);
  if (!win || loads.size === 0) return null;
  // Before any arrow key: the first period in view (the culled range starts a week before it).
  const firstInView = addDays(visible.start, 7);
  const found = cells.findIndex((c) => (active ? c.date === active : c.date >= firstInView));
  const index = Math.max(0, found);
  const current = focused ? cells[index] : undefined;
  const cellId = (date: Day) => `wl-${userId}-${date}`;
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? cells.length - 1 : step ? index + step : null;
    if (to === null || !cells.length) return;
    e.preventDefault();
    setActive(cells[Math.min(cells.length - 1, Math.max(0, to))].date);
  };

  return (
    <>
      {unit === 'day' &&
        cells
          .filter((c) => c.off.length > 0 || (c.level === 'off' && loads.get(c.date)?.timeOff))
          .map((c) => (
            <div
              key={`off-${c.date}`}
              className={`tl-off tl-off-${c.off.some((o) => o.kind === 'holiday') ? 'holiday' : 'time-off'}`}
              style={{ left: dateToX(c.date, canvas.start, px), width: px }}
              data-off-day={c.date}
              title={c.label}
              aria-hidden="true"
            />
          ))}
      <div
        className="tl-wl"
        role="group"
        tabIndex={0}
        aria-label={stripSummary(name, cells, unit)}
        aria-activedescendant={current ? cellId(current.date) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        data-testid="workload-strip"
        data-user={userId}
        data-unit={unit}
      >
        {cells.map((c) => (
          <div
            key={c.date}
            id={cellId(c.date)}
            role="img"
            aria-label={changed?.has(c.date) ? `${c.label} (if dropped here)` : c.label}
            title={c.label}
            className={`tl-wl-cell tl-wl-${c.level}${c.off.length ? ' is-off' : ''}${
              changed?.has(c.date) ? ' is-preview' : ''
            }${current?.date === c.date ? ' is-active' : ''}`}
            style={{ left: dateToX(c.date, canvas.start, px), width: c.days * px }}
            data-date={c.date}
            data-level={c.level}
            data-over={c.over || undefined}
            data-draft={c.draft || undefined}
            data-preview={changed?.has(c.date) || undefined}
          >
            {c.draft > 0 && <span className="tl-wl-draft" />}
          </div>
        ))}
        {current && (
          <div
            className="tl-wl-tip"
            style={{ left: dateToX(current.date, canvas.start, px) }}
            aria-hidden="true"
          >
            {current.label}
          </div>
        )}
      </div>
    </>
  );
});
