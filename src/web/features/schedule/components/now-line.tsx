import { useEffect, useState } from 'react';

interface Props {
  left: number;
  pxPerMin: number;
  axisLen: number;
  /** Axis minutes of an instant (zone-aware, from the grid). */
  minutesOf: (now: number) => number;
  /** Rows are days: the line marks the time of day on every row. */
  daysMode: boolean;
}

/** The current time, redrawn every minute. */
export function NowLine({ left, pxPerMin, axisLen, minutesOf, daysMode }: Props) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(t);
  }, []);
  let minutes = minutesOf(now);
  if (daysMode) minutes = ((minutes % 1440) + 1440) % 1440;
  if (minutes < 0 || minutes > axisLen) return null;
  return (
    <div
      className="sch-now"
      style={{ left: left + minutes * pxPerMin }}
      data-testid="now-line"
      aria-hidden="true"
    />
  );
}
