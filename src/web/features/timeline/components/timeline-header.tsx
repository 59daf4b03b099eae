import { memo, useContext } from 'react';
import { DateFormatContext } from '@/web/lib/time/use-date-format';
import { addDays, daysBetween, weekdayOf, type Day, type DayRange } from '@/web/lib/time/calendar-day';
import { formatDayAs } from '@/web/lib/time/format';
import { monthsIn } from '../geometry';
import { FLAGS_H, HEADER_H, MONTHS_H, TICKS_H } from '../layout';
import { MilestoneFlags } from './milestone-flags';

/**
 * Month row, the milestones' flags, then day numbers (wide zooms) or week starts (narrow zooms); sticky at the
 * top.
 */
export const TimelineHeader = memo(function TimelineHeader({
  canvas,
  px,
  today,
  nameW,
}: {
  canvas: DayRange;
  px: number;
  today: Day;
  /** The names column's width (the corner above it). */
  nameW: number;
}) {
  const { shortDate } = useContext(DateFormatContext);
  const days = daysBetween(canvas.start, canvas.end) + 1;
  const ticks: { day: Day; label: string; width: number; sticky?: boolean }[] = [];
  // Narrow zooms name the months without their year (a quarter zoom's month is too narrow for "December
  // 2026"); the year then has the lower row, one tick per year, its label kept in view.
  const wide = px >= 6;
  if (px >= 20) {
    for (let i = 0; i < days; i++) {
      const day = addDays(canvas.start, i);
      ticks.push({ day, label: formatDayAs(day, px >= 40 ? 'EEE d' : 'd'), width: px });
    }
  } else if (px >= 6) {
    // Weeks start on Monday, as the workload strip's week periods under them do (capacityRange, the capacities).
    const first = (8 - weekdayOf(canvas.start)) % 7;
    for (let i = first; i < days; i += 7) {
      const monday = addDays(canvas.start, i);
      ticks.push({ day: monday, label: shortDate(monday), width: 7 * px });
    }
  } else {
    let day = canvas.start;
    for (;;) {
      const yearEnd = `${day.slice(0, 4)}-12-31`;
      const last = yearEnd < canvas.end ? yearEnd : canvas.end;
      const width = (daysBetween(day, last) + 1) * px;
      ticks.push({ day, label: String(Number(day.slice(0, 4))), width, sticky: true });
      if (last === canvas.end) break;
      day = addDays(last, 1);
    }
  }
  return (
    <div className="tl-header" style={{ height: HEADER_H, width: nameW + days * px }}>
      <div className="tl-corner" style={{ width: nameW }} />
      <div className="tl-header-months" style={{ height: MONTHS_H }}>
        {monthsIn(canvas).map((m) => (
          <div
            key={m.start}
            className="tl-month"
            style={{ left: daysBetween(canvas.start, m.start) * px, width: m.days * px }}
          >
            <span>{m.days * px > 60 ? (wide ? m.label : m.name) : ''}</span>
          </div>
        ))}
      </div>
      <div className="tl-header-flags" style={{ top: MONTHS_H, height: FLAGS_H }}>
        <MilestoneFlags canvas={canvas} px={px} />
      </div>
      <div className="tl-header-ticks" style={{ height: TICKS_H }}>
        {ticks.map((t) => (
          <div
            key={t.day}
            className={`tl-tick${t.day === today ? ' is-today' : ''}`}
            data-day={t.day}
            style={{ left: daysBetween(canvas.start, t.day) * px, width: t.width }}
          >
            {t.sticky ? <span>{t.label}</span> : t.label}
          </div>
        ))}
      </div>
    </div>
  );
});
