import { useEffect, useState } from 'react';

interface Props {
  left: number;
  pxPerMin: number;
  /** Windowed axis minutes of an instant, or null when its hour is not shown. */
  positionOf: (now: number) => number | null;
  /**
   * When rows are days: the vertical span of today's row, or null when today is not a row. Absent: the line
   * crosses every row (rows are people, all on the same days).
   */
  rowSpanOf?: (now: number) => { top: number; height: number } | null;
}

/** The current time, redrawn every minute. */
export function NowLine({ left, pxPerMin, positionOf, rowSpanOf }: Props) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const minutes = positionOf(now);
  const span = rowSpanOf ? rowSpanOf(now) : undefined;
  if (minutes === null || span === null) return null;
  return (
    <div
      className="sch-now"
      style={{ left: left + minutes * pxPerMin, ...(span ? { top: span.top, height: span.height } : {}) }}
      data-testid="now-line"
      aria-hidden="true"
    />
  );
}
