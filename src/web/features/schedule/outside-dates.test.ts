import { describe, expect, it } from 'vitest';
import type { Block } from './schedule-model';
import { newlyOutside, outsideDatesText, outsideTaskDates } from './outside-dates';

const block = (
  id: number,
  taskId: number,
  start: string,
  dates: [string, string] | null,
  name = `T${taskId}`,
) =>
  ({
    id,
    task_id: taskId,
    workspace_id: 1,
    toggl_user_id: 1,
    start,
    duration: 3600,
    task: dates ? { id: taskId, name, start_date: dates[0], end_date: dates[1] } : null,
  }) as unknown as Block;

describe('blocks outside their task dates', () => {
  it('are counted per task, by the day in the user zone', () => {
    const found = outsideTaskDates(
      [
        block(1, 7, '2026-12-04T23:30:00Z', ['2026-12-05', '2026-12-09']), // Sat 00:30 in Berlin: inside
        block(2, 7, '2026-12-03T10:00:00Z', ['2026-12-05', '2026-12-09']),
        block(3, 7, '2026-12-10T10:00:00Z', ['2026-12-05', '2026-12-09']),
        block(4, 8, '2026-12-03T10:00:00Z', null),
        block(5, 9, '2026-12-03T10:00:00Z', ['', '2026-12-09']),
      ],
      'Europe/Berlin',
    );
    expect(found).toEqual([{ name: 'T7', count: 2, start: '2026-12-05', end: '2026-12-09' }]);
  });

  it('are told as the Timeline tells a moved task, or not at all', () => {
    const iso = (d: string) => d.slice(5);
    expect(outsideDatesText([], iso)).toBeNull();
    expect(outsideDatesText([{ name: 'Plan', count: 1, start: '2026-12-05', end: '2026-12-09' }], iso)).toBe(
      "'Plan' now has 1 time block outside its dates (12-05 – 12-09). Move it inside the dates, or change the dates on the Timeline.",
    );
  });
});

describe('a move of blocks', () => {
  it('warns only for tasks it leaves with more blocks outside their dates than before', () => {
    const dates: [string, string] = ['2026-12-05', '2026-12-09'];
    const inside = block(1, 7, '2026-12-07T10:00:00Z', dates);
    const out = block(1, 7, '2026-12-11T10:00:00Z', dates);
    const farther = block(1, 7, '2026-12-12T10:00:00Z', dates);
    expect(newlyOutside([inside], [out], 'UTC').map((o) => o.count)).toEqual([1]);
    expect(newlyOutside([out], [farther], 'UTC')).toEqual([]);
    expect(newlyOutside([out], [inside], 'UTC')).toEqual([]);
  });
});
