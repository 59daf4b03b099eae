import { windowLength, type HoursWindow } from '../hours-window';
import { addDays } from '@/web/lib/time/calendar-day';
import { useDateFormat } from '@/web/lib/time/use-date-format';

/** Width of the sticky row heads (names, or days with their capacity): narrower on a phone. */
export const headWidth = (narrow: boolean) => (narrow ? 104 : 168);

interface Props {
  firstDay: string;
  dayCount: number;
  window: HoursWindow;
  pxPerMin: number;
  /** Several days side by side: each day's first tick carries the date. */
  dayLabels: boolean;
  headW: number;
}

/** Sticky hour ticks of the windowed axis, with the date over each day when days sit side by side. */
export function AxisHeader({ firstDay, dayCount, window, pxPerMin, dayLabels, headW }: Props) {
  const fmt = useDateFormat();
  const hourPx = pxPerMin * 60;
  // Enough room per label ("00:00" is ~34 px at 11 px).
  const step = [1, 2, 3, 4, 6].find((s) => s * hourPx >= 40) ?? 12;
  const len = windowLength(window);
  const ticks: { key: string; left: number; text: string }[] = [];
  const days: { key: string; left: number; width: number; text: string }[] = [];
  for (let dayIndex = 0; dayIndex < dayCount; dayIndex++) {
    const day = addDays(firstDay, dayIndex);
    days.push({
      key: day,
      left: dayIndex * len * pxPerMin,
      width: len * pxPerMin,
      text: fmt.weekdayDate(day),
    });
    // A label needs ~36 px before the day ends, or it runs into the next day's first one.
    for (
      let minute = window.startMin;
      (minute - window.startMin) * pxPerMin + 36 <= len * pxPerMin;
      minute += step * 60
    ) {
      ticks.push({
        key: `${dayIndex}-${minute}`,
        left: (dayIndex * len + minute - window.startMin) * pxPerMin,
        text: fmt.hour(minute / 60),
      });
    }
  }
  return (
    <div className="sch-header" style={{ width: headW + len * dayCount * pxPerMin }}>
      <div className="sch-corner" style={{ width: headW }} />
      <div className="sch-ticks" style={{ width: len * dayCount * pxPerMin }}>
        {dayLabels
          ? days.map((d) => (
              <span key={d.key} className="sch-day" style={{ left: d.left, width: d.width }}>
                {d.text}
              </span>
            ))
          : null}
        {ticks.map((t) => (
          <span key={t.key} className="sch-tick" style={{ left: t.left }}>
            {t.text}
          </span>
        ))}
      </div>
    </div>
  );
}
