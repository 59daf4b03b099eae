import { addMonths, type Day } from '@/web/lib/time/calendar-day';
import { formatDayAs } from '@/web/lib/time/format';

/** Previous and next month around the month's name. */
export function MonthNav({ month, onChange }: { month: Day; onChange: (month: Day) => void }) {
  return (
    <div className="tm-month" role="group" aria-label="Month">
      <button
        type="button"
        className="btn"
        onClick={() => onChange(addMonths(month, -1))}
        aria-label="Previous month"
      >
        ‹
      </button>
      <span className="tm-month-name" aria-live="polite">
        {formatDayAs(month, 'MMMM yyyy')}
      </span>
      <button
        type="button"
        className="btn"
        onClick={() => onChange(addMonths(month, 1))}
        aria-label="Next month"
      >
        ›
      </button>
    </div>
  );
}
