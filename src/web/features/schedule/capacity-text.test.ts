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

/** What capacityText gives: the text, its extra words, and the over / off flags (false unless named). */
const shown = (text: string, extra: string, flags: { over?: boolean; off?: boolean } = {}) => ({
  text,
  extra,
  over: flags.over ?? false,
  off: flags.off ?? false,
});

describe('capacityText', () => {
  it("shows booked time against the weekday's hours minus time off", () => {
    expect(capacityText(90, load(480))).toEqual(shown('1 h 30 min / 8 h', ''));
    expect(capacityText(90, load(480, 240))).toEqual(shown('1 h 30 min / 4 h', ' (4 h time off)'));
  });

  it('marks a day without working time as off, and anything booked on it as over', () => {
    expect(capacityText(0, load(0))).toEqual(shown('0 min / off', ' (not a working day)', { off: true }));
    expect(capacityText(60, load(360, 360))).toEqual(
      shown('1 h / off', ' (over capacity, time off all day)', { over: true, off: true }),
    );
    expect(capacityText(300, load(240)).over).toBe(true);
  });

  it('says so while the working time is not known, and never calls that over', () => {
    expect(capacityText(600, undefined)).toEqual(shown('10 h / …', ' (working time not known)'));
  });
});
