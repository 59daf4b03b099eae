import { describe, expect, it } from 'vitest';
import type { WorkingHours } from '@/api/working-hours';
import { applyWrite, parseHours, resetWrite, weekOf, weekTotal, writeFor } from './week-model';

const entry = (working_hour_id: number, weekday: number, working_hours: number): WorkingHours => ({
  working_hour_id,
  organization_id: 1,
  user_id: 7,
  weekday,
  working_hours,
  starting_hours: 9,
  created_at: 'x',
  updated_at: 'x',
});
const fourDays = [entry(11, 1, 8), entry(12, 2, 8), entry(13, 3, 8), entry(14, 4, 8)];
let temp = 0;
const ctx = { organizationId: 1, userId: 7, now: 'now', tempId: () => --temp };

describe('the working week editor', () => {
  it('lists the week from Monday, with the default week where there are no entries', () => {
    const week = weekOf(fourDays, 6);
    expect(week.days.map((d) => [d.weekday, d.hours, d.entryId])).toEqual([
      [1, 8, 11],
      [2, 8, 12],
      [3, 8, 13],
      [4, 8, 14],
      [5, 0, null],
      [6, 0, null],
      [0, 0, null],
    ]);
    expect(weekTotal(week)).toBe(32);
    const usual = weekOf([], 6);
    expect(usual.isDefault).toBe(true);
    expect(usual.days.map((d) => d.hours)).toEqual([6, 6, 6, 6, 6, 0, 0]);
  });

  it('reads typed hours in plain words', () => {
    expect(parseHours('7,5')).toEqual({ hours: 7.5 });
    expect(parseHours(' ')).toEqual({ hours: 0 });
    expect(parseHours('25')).toEqual({ error: 'A day has at most 24 hours.' });
    expect(parseHours('-1')).toEqual({ error: 'Enter the hours as a number, for example 7.5.' });
    expect(parseHours('eight')).toEqual({ error: 'Enter the hours as a number, for example 7.5.' });
  });

  it('costs one request per change: update an entry, create a missing day, nothing for no change', () => {
    const week = weekOf(fourDays, 8);
    expect(writeFor(week, 2, 6)).toEqual({
      method: 'PUT',
      body: [{ working_hour_id: 12, working_hours: 6 }],
    });
    expect(writeFor(week, 3, 0)).toEqual({
      method: 'PUT',
      body: [{ working_hour_id: 13, working_hours: 0 }],
    });
    expect(writeFor(week, 5, 4)).toEqual({ method: 'POST', body: [{ weekday: 5, working_hours: 4 }] });
    expect(writeFor(week, 1, 8)).toBeNull();
    expect(resetWrite(fourDays)).toEqual({ method: 'DELETE', body: [11, 12, 13, 14] });
    expect(resetWrite([])).toBeNull();
  });

  it('writes the default week out whole on its first change, so its other days stay working days', () => {
    const write = writeFor(weekOf([], 8), 5, 4);
    expect(write).toEqual({
      method: 'POST',
      body: [
        { weekday: 1, working_hours: 8 },
        { weekday: 2, working_hours: 8 },
        { weekday: 3, working_hours: 8 },
        { weekday: 4, working_hours: 8 },
        { weekday: 5, working_hours: 4 },
        { weekday: 6, working_hours: 0 },
        { weekday: 0, working_hours: 0 },
      ],
    });
  });

  it('shows the write before the server answers', () => {
    const put = applyWrite(
      fourDays,
      { method: 'PUT', body: [{ working_hour_id: 12, working_hours: 6 }] },
      ctx,
    );
    expect(weekOf(put, 8).days[1].hours).toBe(6);
    const post = applyWrite(fourDays, { method: 'POST', body: [{ weekday: 5, working_hours: 4 }] }, ctx);
    expect(weekOf(post, 8).days[4]).toEqual({ weekday: 5, hours: 4, entryId: -1 });
    expect(applyWrite(fourDays, { method: 'DELETE', body: [11, 12, 13, 14] }, ctx)).toEqual([]);
  });
});
