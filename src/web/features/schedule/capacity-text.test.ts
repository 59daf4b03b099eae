import { describe, expect, it } from 'vitest';
import type { Load } from '@/web/lib/load-model';
import { capacityText } from './capacity-text';

const load = (working: number, timeOff = 0): Load => ({
  date: '2026-11-23',
  working,
  timeOff,
  available: Math.max(0, working - timeOff),
  estimated: 0,
  remaining: 0,
  tasks: 0,
});

describe('capacityText', () => {
  it("shows booked time against the weekday's hours minus time off", () => {
    expect(capacityText(90, load(480))).toEqual({
      text: '1 h 30 min / 8 h',
      extra: '',
      over: false,
      off: false,
    });
    expect(capacityText(90, load(480, 240))).toEqual({
      text: '1 h 30 min / 4 h',
      extra: ' (4 h time off)',
      over: false,
      off: false,
    });
  });

  it('marks a day without working time as off, and anything booked on it as over', () => {
    expect(capacityText(0, load(0))).toEqual({
      text: '0 min / off',
      extra: ' (not a working day)',
      over: false,
      off: true,
    });
    expect(capacityText(60, load(360, 360))).toEqual({
      text: '1 h / off',
      extra: ' (over capacity, time off all day)',
      over: true,
      off: true,
    });
    expect(capacityText(300, load(240)).over).toBe(true);
  });

  it('says so while the working time is not known, and never calls that over', () => {
    expect(capacityText(600, undefined)).toEqual({
      text: '10 h / …',
      extra: ' (working time not known)',
      over: false,
      off: false,
    });
  });
});
