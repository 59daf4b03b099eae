import { useCallback } from 'react';
import { useLocation, useSearchParams, type SetURLSearchParams } from 'react-router';

/**
 * `useSearchParams` for a view's URL state, safe against late updates: navigations render in a
 * transition, so a debounced scroll or search update that fires after the user has already left the
 * view would otherwise navigate them back to it. Such updates are dropped.
 */
export function useViewParams(): [URLSearchParams, SetURLSearchParams] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const guarded = useCallback<SetURLSearchParams>(
    (next, opts) => {
      if (window.location.pathname !== pathname) return;
      setParams(next, opts);
    },
    [setParams, pathname],
  );
  return [params, guarded];
}
