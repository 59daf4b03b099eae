import { LOAD_WORDS, loadLevel, type Load } from '@/web/lib/load-model';
import { formatMinutes } from '@/web/lib/remaining-estimate';

/**
 * A person's month: estimated work against available time (working hours minus time off and holidays),
 * as words and a bar. Without a number yet it says so rather than showing an empty bar.
 */
export function LoadCell({ load, pending }: { load: Load | undefined; pending: boolean }) {
  if (!load) return <span className="tm-muted">{pending ? 'Loading…' : 'Not known'}</span>;
  const level = loadLevel(load);
  const percent = load.available > 0 ? Math.round((load.estimated / load.available) * 100) : null;
  return (
    <div className={`tm-load tm-load-${level}`} data-testid="load" data-level={level}>
      <span className="tm-load-text">
        {formatMinutes(load.estimated)} of {formatMinutes(load.available)}
        {percent !== null ? ` (${percent} %)` : ''}
        <span className="sr-only">, {LOAD_WORDS[level]}</span>
      </span>
      <span className="tm-load-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, percent ?? (load.estimated > 0 ? 100 : 0))}%` }} />
      </span>
      {load.timeOff > 0 ? <span className="tm-muted">{formatMinutes(load.timeOff)} time off</span> : null}
    </div>
  );
}
