/**
 * Injected before the app loads (page.addInitScript):
 * - a React DevTools global hook that only counts commits (`__commits`);
 * - a fetch wrapper stamping the first and last arrival of view data (`__dataArrival`, `__lastDataArrival`)
 *   and counting requests in flight;
 * - a MutationObserver stamping the last DOM change and, two frames later, its paint (`__lastPaint`).
 * Kept as a string so no bundler helper leaks into the page.
 */
export function instrumentScript(dataPath: RegExp): string {
  return `(() => {
  const w = window;
  w.__commits = 0;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; },
    onCommitFiberRoot() { w.__commits++; }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {},
  };
  const dataPath = ${dataPath.toString()};
  w.__inflight = 0;
  w.__dataArrival = null;
  const orig = w.fetch.bind(w);
  w.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    w.__inflight++;
    try {
      const res = await orig(input, init);
      if (dataPath.test(url)) {
        w.__lastDataArrival = performance.now();
        if (w.__dataArrival === null) w.__dataArrival = w.__lastDataArrival;
      }
      return res;
    } finally {
      w.__inflight--;
    }
  };
  w.__lastMutation = 0;
  w.__lastPaint = 0;
  let pending = false;
  const start = () => new MutationObserver(() => {
    w.__lastMutation = performance.now();
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => requestAnimationFrame(() => { pending = false; w.__lastPaint = performance.now(); }));
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  if (document.documentElement) start(); else document.addEventListener('DOMContentLoaded', start);
})();`;
}
