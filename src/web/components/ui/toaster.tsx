import { useEffect } from 'react';
import { useNotices } from '@/web/lib/notifications';

/** Shows notices; errors stay until dismissed, info fades after a few seconds. */
export function Toaster() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  useEffect(() => {
    const timers = notices.filter((n) => n.kind === 'info').map((n) => setTimeout(() => dismiss(n.id), 5000));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);
  return (
    <div className="toaster" aria-live="polite" aria-relevant="additions">
      {notices.map((n) => (
        <div key={n.id} className={`toast toast-${n.kind}`} role={n.kind === 'info' ? 'status' : 'alert'}>
          <span>{n.text}</span>
          {n.action && (
            <button
              type="button"
              className="btn toast-action"
              onClick={() => {
                dismiss(n.id);
                n.action?.run();
              }}
            >
              {n.action.label}
            </button>
          )}
          <button type="button" aria-label="Dismiss message" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
