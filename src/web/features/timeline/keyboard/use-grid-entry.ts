import { useCallback, useEffect, useRef, type FocusEvent } from 'react';
import { redirectGridEntry, scrollOf, type Scroll } from './focus-entry';

/**
 * The grid's keyboard entry (redirectGridEntry): `remember` after each scroll of the grid, `onFocus` on it. Only a
 * Tab moves the focus for the user: a click or a script chose its element, which keeps the focus.
 */
export function useGridEntry() {
  const lastScroll = useRef<Scroll>({ left: 0, top: 0 });
  const lastTab = useRef(-Infinity);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') lastTab.current = performance.now();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  const remember = useCallback((el: HTMLElement) => {
    lastScroll.current = scrollOf(el);
  }, []);
  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    if (performance.now() - lastTab.current < 500) redirectGridEntry(e.currentTarget, e, lastScroll.current);
  }, []);
  return { remember, onFocus };
}
