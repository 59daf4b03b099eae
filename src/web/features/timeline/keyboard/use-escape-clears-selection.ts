import { useEffect } from 'react';
import { useTimelineUi } from '../store';

/**
 * Escape clears the selection of bars, unless something else on the page owns that Escape: a drag (Escape
 * cancels it), the bar menu, a rename, a question or dialog, the side panel (Escape closes it), a form field.
 */
export function useEscapeClearsSelection() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const ui = useTimelineUi.getState();
      if (!ui.selected.length || ui.draggingId !== null || ui.menu || ui.renamingId !== null) return;
      if (ui.deleteAsked || ui.unassignQuestion || document.querySelector('dialog[open]')) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('.tl-panel, input, textarea, select, dialog, [role="menu"], [role="dialog"]'))
        return;
      ui.selectionCleared();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
