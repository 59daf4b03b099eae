import { describe, expect, it } from 'vitest';
import { undrawableTasks, undrawableText } from './undrawable';

const t = (id: number, start: string | null, end: string | null, name = `T${id}`) => ({
  id,
  name,
  start_date: start,
  end_date: end,
});

describe('tasks the Timeline cannot draw', () => {
  it('are those with dates out of order or no calendar days, each once; undated ones are not', () => {
    const groups = [
      { tasks: [t(1, '2026-12-20', '2026-12-10'), t(2, '2026-12-01', '2026-12-02'), t(3, null, null)] },
      { tasks: [t(1, '2026-12-20', '2026-12-10'), t(4, '2026-12-07T00:00:00Z', '2026-12-09'), t(5, '', '')] },
      { tasks: [t(6, '2026-12-01', null)] },
    ];
    expect(undrawableTasks(groups).map((x) => x.id)).toEqual([1, 4, 6]);
  });

  it('are told in plain words, with up to three names', () => {
    expect(undrawableText([])).toBe('');
    expect(undrawableText([t(1, '2026-12-20', '2026-12-10', 'Launch')])).toBe(
      '1 task is not on the timeline: its dates are out of order or no calendar days (‘Launch’). Open it in Toggl to fix the dates.',
    );
    const five = [1, 2, 3, 4, 5].map((i) => t(i, 'x', 'y'));
    expect(undrawableText(five)).toBe(
      '5 tasks are not on the timeline: their dates are out of order or no calendar days (‘T1’, ‘T2’, ‘T3’ and 2 more). Open them in Toggl to fix the dates.',
    );
  });
});
