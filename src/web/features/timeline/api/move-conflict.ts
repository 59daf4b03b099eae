import type { HistoryMode } from '@/web/lib/history';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { notifyConflict } from '@/web/lib/notifications';
import type { MoveConflict } from './check-move';
import { reapplyItems } from './timeline-changes';
import type { MoveVars } from './use-timeline-mutations';

/**
 * Tells the user that their drop was not sent because someone else changed its tasks, and offers to send it
 * again on the tasks as they are now (one click). An undo or redo goes back on its stack: pressing it again
 * applies it (the rows are re-read, so no second check is needed).
 */
export function tellMoveConflict(err: MoveConflict, v: MoveVars, send: (again: MoveVars) => void): void {
  const what = v.history === 'record' ? 'move' : v.history;
  const text = `${err.message}; your ${what} was not applied.${retryHint(v.history)}`;
  const items = reapplyItems(v.group, v.items, err.server);
  const action =
    v.history === 'record' && items.length
      ? {
          label: 'Move it anyway',
          run: () => send({ ...v, items, force: true, label: `${v.label} (again)` }),
        }
      : undefined;
  notifyConflict(text, action);
  useAnnouncer.getState().announce(text);
}

/** After a conflict, how an undo or redo is applied anyway: pressed again (it went back on its stack). */
export function retryHint(history: HistoryMode): string {
  return history === 'undo'
    ? ' Undo again to apply it anyway.'
    : history === 'redo'
      ? ' Redo again to apply it anyway.'
      : '';
}
