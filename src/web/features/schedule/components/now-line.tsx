import { useEffect, useState } from 'react';

interface Props {
  left: number;
  pxPerMin: number;
  /** Windowed axis minutes of an instant, or null when its hour is not shown. */
  positionOf: (now: number) => number | null;
}

/** The current time, redrawn every minute. */
export function NowLine({ left, pxPerMin, positionOf }: Props) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const minutes = positionOf(now);
  if (minutes === null) return null;
  return (
    <div
      className="sch-now"
      style={{ left: left + minutes * pxPerMin }}
      data-testid="now-line"
      aria-hidden="true"
    />
  );
}
