/** A Chrome trace event (the fields the summary reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string | number;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

export type Category = 'scripting' | 'style' | 'layout' | 'paint' | 'gc' | 'parse' | 'other';

const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'InvalidateLayout']);
const LAYOUT = new Set(['Layout', 'UpdateLayout', 'LayoutShift']);
const PAINT = new Set([
  'Paint',
  'PaintImage',
  'PrePaint',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'CompositeLayers',
  'Commit',
  'PaintSetup',
  'RasterTask',
  'Decode Image',
  'IntersectionObserverController::computeIntersections',
]);
const PARSE = new Set(['ParseHTML', 'ParseAuthorStyleSheet']);

/** The Performance panel's buckets for main-thread work, by trace event name. */
export function categoryOf(name: string): Category {
  if (/GC|Gc|garbage|CppGC|BlinkGC/.test(name)) return 'gc';
  if (STYLE.has(name)) return 'style';
  if (LAYOUT.has(name)) return 'layout';
  if (PAINT.has(name)) return 'paint';
  if (PARSE.has(name)) return 'parse';
  if (
    /^(FunctionCall|EvaluateScript|TimerFire|EventDispatch|FireAnimationFrame|FireIdleCallback|RunMicrotasks|XHRReadyStateChange|XHRLoad|v8\.|V8\.|MajorGC|MinorGC|CompileScript|CompileCode|EvaluateModule|ParseScriptOnBackground|ScheduleStyleRecalculation|ResourceReceivedData|HandlePostMessage|MessagePort|Stream|ReadableStream)/.test(
      name,
    )
  )
    return 'scripting';
  return 'other';
}

/**
 * Self time per category of the complete ('X') events of one thread inside [from, to] (µs, trace clock):
 * nested events are subtracted from their parents, as the Performance panel's summary does. RunTask's own
 * time (the task loop between its children) counts as 'other'.
 */
export function selfTimeByCategory(events: readonly TraceEvent[], from: number, to: number) {
  const out: Record<Category, number> = {
    scripting: 0,
    style: 0,
    layout: 0,
    paint: 0,
    gc: 0,
    parse: 0,
    other: 0,
  };
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts < to && e.ts + (e.dur ?? 0) > from)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Stack of open events with the time their children took.
  const stack: { end: number; cat: Category; self: number; start: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const top = stack.pop()!;
      out[top.cat] += Math.max(0, top.self);
    }
  };
  for (const e of complete) {
    const start = Math.max(e.ts, from);
    const end = Math.min(e.ts + (e.dur ?? 0), to);
    close(start);
    const parent = stack[stack.length - 1];
    if (parent && end > parent.end) continue; // malformed overlap: skip
    const cat =
      e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' ? 'other' : categoryOf(e.name);
    if (parent) parent.self -= end - start;
    stack.push({ end, cat, self: end - start, start });
  }
  close(Number.POSITIVE_INFINITY);
  for (const k of Object.keys(out) as Category[]) out[k] = Math.round(out[k] / 100) / 10;
  return out;
}

/** Top-level tasks on the thread (RunTask) longer than 50 ms inside the window. */
export function longTasks(events: readonly TraceEvent[], from: number, to: number) {
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        (e.dur ?? 0) > 50_000 &&
        e.ts >= from &&
        e.ts < to,
    )
    .map((e) => (e.dur ?? 0) / 1000);
  return {
    count: tasks.length,
    totalMs: Math.round(tasks.reduce((a, b) => a + b, 0)),
    maxMs: Math.round(Math.max(0, ...tasks)),
  };
}
