/** What the init script keeps on `window.__b` (page clock: ms since navigation start). */
export interface PageProbe {
  /** React commits (timestamps), from a DevTools global hook. */
  commits: number[];
  /** DOM mutation batches: when, the paint after them, weak refs to what changed. */
  batches: { t: number; paint: number; refs: WeakRef<Node>[] }[];
  lastMutation: number;
  lastPaint: number;
  /** First time an element matching the item selector was in the DOM, and the paint after it. */
  firstItem: number;
  firstItemPaint: number;
  /** Attribute mutations per target (tag#id.class[attr]) while recording. */
  attributes: Record<string, number>;
  longTasks: { start: number; duration: number }[];
  /** Resource timing of /api/ requests (page clock); the last byte of a streamed body is `end`. */
  resources: { name: string; start: number; responseStart: number; end: number; bytes: number }[];
  lastApiEnd: number;
  /** Heartbeat (every 50 ms while the main thread is free) and the end of the last stall it noticed. */
  lastBeat: number;
  busyUntil: number;
  /** Off after the load phase (the scroll and drag runs must not pay for the observer). */
  recording: boolean;
  /** Component render counts per phase (traced runs only): Map<component function, count>. */
  renders?: Map<unknown, number>;
}

/**
 * Injected before the app loads (addInitScript). Records on `window.__b`:
 * - React commits through a DevTools global hook (and, with `renders`, which components rendered in each
 *   commit: fibers whose subtree was reconciled and that carry React's PerformedWork flag);
 * - every DOM mutation batch (childList, characterData, attributes) with the double-rAF paint after it and
 *   weak refs to the nodes it changed, so the load clock can ask afterwards which changes were visible (an
 *   attribute set to the value it had counts as a DOM change for "settled", not as a visible one);
 * - the first element matching `item` (the planner's first bar or block) and its paint;
 * - long tasks and the resource timing of /api/ requests (PerformanceObservers), and a heartbeat that
 *   notices when the main thread was stalled.
 * A string, so no bundler helper leaks into the page.
 */
export function instrumentScript(item: string | null, renders = false): string {
  return `(() => {
  const w = window;
  const item = ${JSON.stringify(item)};
  const b = (w.__b = {
    commits: [], batches: [], lastMutation: 0, lastPaint: 0, firstItem: 0, firstItemPaint: 0,
    attributes: {}, longTasks: [], resources: [], lastApiEnd: 0, lastBeat: 0, busyUntil: 0, recording: true, renders: ${renders ? 'new Map()' : 'undefined'},
  });
  const COMPONENT = new Set([0, 1, 11, 14, 15]);
  const countRenders = (fiber) => {
    // Children of a fiber are re-created only when React visited it; a bailed-out subtree keeps the old ones.
    for (let c = fiber.child; c; c = c.sibling) {
      if (COMPONENT.has(c.tag) && (c.flags & 1)) {
        const t = c.tag === 11 ? c.type.render : c.tag === 14 ? c.type.type : c.type;
        b.renders.set(t, (b.renders.get(t) || 0) + 1);
      }
      if (!c.alternate || c.child !== c.alternate.child) countRenders(c);
    }
  };
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; },
    onCommitFiberRoot(_id, root) {
      b.commits.push(performance.now());
      if (b.renders) try { countRenders(root.current); } catch (e) { b.renderError = String(e); }
    },
    onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {},
  };
  const describe = (el, attr) => {
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '';
    const label = el.getAttribute && (el.getAttribute('data-testid') || el.getAttribute('aria-label'));
    return (el.tagName || '#node').toLowerCase() + (el.id ? '#' + el.id : '') + cls +
      (label ? '("' + String(label).slice(0, 24) + '")' : '') + '[' + attr + ']';
  };
  let pending = false;
  let unpainted = [];
  let firstPending = false;
  const observer = new MutationObserver((records) => {
    if (!b.recording) return;
    const t = performance.now();
    b.lastMutation = t;
    const refs = [];
    // Attribute values before this batch (the first record's old value per element and name): React 19
    // re-assigns an input's name ('' then removed) and type on every update of its owner, a net no-op.
    const before = new Map();
    for (const r of records) {
      if (r.type !== 'attributes') continue;
      let attrs = before.get(r.target);
      if (!attrs) before.set(r.target, (attrs = new Map()));
      if (!attrs.has(r.attributeName)) attrs.set(r.attributeName, r.oldValue);
    }
    for (const r of records) {
      if (refs.length > 4000) break;
      if (r.type === 'childList') {
        for (const n of r.addedNodes) refs.push(new WeakRef(n));
        if (r.removedNodes.length) refs.push(new WeakRef(r.target));
      } else if (r.type === 'attributes') {
        const same = r.target.getAttribute(r.attributeName) === before.get(r.target).get(r.attributeName);
        const key = describe(r.target, r.attributeName) + (same ? ' (same value)' : '');
        b.attributes[key] = (b.attributes[key] || 0) + 1;
        if (!same) refs.push(new WeakRef(r.target));
      } else refs.push(new WeakRef(r.target));
    }
    const batch = { t, paint: 0, refs };
    b.batches.push(batch);
    unpainted.push(batch);
    if (item && !b.firstItem && document.querySelector(item)) { b.firstItem = t; firstPending = true; }
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const p = performance.now();
      pending = false;
      b.lastPaint = p;
      for (const x of unpainted) x.paint = p;
      unpainted = [];
      if (firstPending) { b.firstItemPaint = p; firstPending = false; }
    }));
  });
  observer.observe(document, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeOldValue: true,
  });
  b.stop = () => { b.recording = false; observer.disconnect(); b.batches = []; unpainted = []; };
  // A busy main thread (parsing a large response, say) is not a quiet page even when the DOM does not
  // change: a heartbeat that comes late marks the stall.
  b.lastBeat = performance.now();
  setInterval(() => {
    const t = performance.now();
    if (t - b.lastBeat > 150) b.busyUntil = t;
    b.lastBeat = t;
  }, 50);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (new URL(e.name).pathname.indexOf('/api/') !== 0) continue;
      b.resources.push({ name: e.name, start: e.startTime, responseStart: e.responseStart, end: e.responseEnd, bytes: e.encodedBodySize });
      b.lastApiEnd = Math.max(b.lastApiEnd, e.responseEnd);
    }
  }).observe({ type: 'resource', buffered: true });
})();`;
}
