import { onlineManager, useMutationState } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useAnnouncer } from './announcer';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/** What the notice says: nothing online; offline, how many changes wait to be sent. */
export function offlineText(online: boolean, waiting: number): string {
  if (online) return '';
  if (waiting === 0)
    return 'You are offline. Changes you make are kept here and sent when you are back online.';
  return `You are offline. ${waiting === 1 ? '1 change waits' : `${waiting} changes wait`} to be sent when you are back online.`;
}

/**
 * Offline, a write is not lost: the Query client holds it (shown as made, faded) and sends it once the browser is
 * back online. This says so, on screen and to screen readers, instead of a view that looks saved.
 */
export function OfflineNotice() {
  const online = useSyncExternalStore(subscribe, isOnline);
  const waiting = useMutationState({ filters: { predicate: (m) => m.state.isPaused } }).length;
  const text = offlineText(online, waiting);
  const wasOnline = useRef(true);
  useEffect(() => {
    if (online === wasOnline.current) return;
    wasOnline.current = online;
    useAnnouncer
      .getState()
      .announce(online ? 'Back online: waiting changes are being sent.' : offlineText(false, waiting));
  }, [online, waiting]);
  if (!text) return null;
  return (
    <p className="offline-notice" data-testid="offline-notice">
      {text}
    </p>
  );
}
