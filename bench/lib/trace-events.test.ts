import { describe, expect, it } from 'vitest';
import { categoryOf, longTasks, selfTimeByCategory, type TraceEvent } from './trace-events';

const x = (name: string, ts: number, dur: number): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  pid: 1,
  tid: 1,
});

describe('categoryOf', () => {
  it('puts trace event names in the Performance panel buckets', () => {
    expect(categoryOf('FunctionCall')).toBe('scripting');
    expect(categoryOf('v8.compile')).toBe('scripting');
    expect(categoryOf('UpdateLayoutTree')).toBe('style');
    expect(categoryOf('Layout')).toBe('layout');
    expect(categoryOf('Paint')).toBe('paint');
    expect(categoryOf('MinorGC')).toBe('gc');
    expect(categoryOf('ParseHTML')).toBe('parse');
    expect(categoryOf('SomethingElse')).toBe('other');
  });
});

describe('selfTimeByCategory', () => {
  it('subtracts nested events from their parents and clips to the window (µs in, ms out)', () => {
    const events = [
      x('RunTask', 0, 10_000),
      x('FunctionCall', 1_000, 6_000),
      x('Layout', 2_000, 1_000), // forced layout inside script
      x('MinorGC', 4_000, 1_000),
      x('Paint', 8_000, 1_000),
      x('RunTask', 20_000, 10_000),
      x('FunctionCall', 20_000, 10_000),
      { ...x('Instant', 1_500, 0), ph: 'I' },
    ];
    expect(selfTimeByCategory(events, 0, 25_000)).toEqual({
      scripting: 9,
      style: 0,
      layout: 1,
      paint: 1,
      gc: 1,
      parse: 0,
      other: 3,
    });
  });
});

describe('longTasks', () => {
  it('counts top-level tasks over 50 ms that start in the window', () => {
    const events = [
      x('RunTask', 0, 60_000),
      x('RunTask', 100_000, 40_000),
      x('RunTask', 200_000, 120_000),
      x('FunctionCall', 0, 90_000),
    ];
    expect(longTasks(events, 0, 150_000)).toEqual({ count: 1, totalMs: 60, maxMs: 60 });
    expect(longTasks(events, 0, 300_000)).toEqual({ count: 2, totalMs: 180, maxMs: 120 });
  });
});
