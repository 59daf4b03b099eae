import { useCallback } from 'react';
import { useLocation, useSearchParams, type SetURLSearchParams } from 'react-router';

/**
 * `useSearchParams` for a view's URL state, safe against late updates: navigations render in a
 * transition, so a debounced scroll or search update that fires after the user has already left the
 * view would otherwise navigate them back to it. Such updates are dropped. For the same reason an update
 * given as a function gets the URL as it is now, not the last render's copy: a second change made before
 * the first had rendered (View, then Rows at once) would otherwise undo the first.
 */
export function useViewParams(): [URLSearchParams, SetURLSearchParams] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const guarded = useCallback<SetURLSearchParams>(
    (next, opts) => {
      if (window.location.pathname !== pathname) return;
      setParams(typeof next === 'function' ? next(new URLSearchParams(window.location.search)) : next, opts);
    },
    [setParams, pathname],
  );
  return [params, guarded];
}
