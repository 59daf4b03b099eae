import { useAnnouncer } from '@/web/components/ui/announcer';
import { notifyConflict } from '@/web/lib/notifications';
import type { PatchVars } from './block-mutations';
import type { BlockConflict } from './check-blocks';

/**
 * Tells the user that their block write was not sent because someone else changed its blocks, and offers to
 * send it again (its items are absolute: start, length, task) with one click. An undo or redo goes back on
 * its stack: pressing it again applies it (the week is re-read, so no second check is needed).
 */
export function tellBlockConflict(err: BlockConflict, v: PatchVars, send: (again: PatchVars) => void): void {
  const again =
    v.history === 'undo'
      ? ' Undo again to apply it anyway.'
      : v.history === 'redo'
        ? ' Redo again to apply it anyway.'
        : '';
  const text = `${err.message}; your ${v.history === 'record' ? 'change' : v.history} was not applied.${again}`;
  const action =
    v.history === 'record'
      ? { label: 'Apply mine anyway', run: () => send({ ...v, force: true, label: `${v.label} (again)` }) }
      : undefined;
  notifyConflict(text, action);
  useAnnouncer.getState().announce(text);
}
