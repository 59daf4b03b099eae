import { describe, expect, it } from 'vitest';
import type { Task } from '@/api/task';
import type { TaskGroup, TaskGroupEntry } from '@/api/task-group';
import { focusTask, taskEntry } from '@/api/test-fixtures';
import type { MoveItem } from '../timeline-model';
import { formatShortDate, type DateSettings } from '@/web/lib/time/user-format';
import { describeChange, placeDiffers, reapplyItems, rowsOutdated, shownDiffers } from './timeline-changes';

// One task of person 7 in project 3, as a timeline bar and as the task read.
const shared = { start_date: '2026-12-20', end_date: '2026-12-24', assignee_user_ids: [7], project_id: 3 };
const entry = (id: number, extra: Partial<TaskGroupEntry> = {}): TaskGroupEntry =>
  taskEntry(id, { ...shared, ...extra });
const task = (id: number, extra: Partial<Task> = {}): Task =>
  focusTask(id, { created_at: '2026-11-01T00:00:00Z', toggl_user_id: 7, ...shared, ...extra });
const rows: TaskGroup[] = [
  { id: 0, name: null, type: 'users', tasks: [] },
  { id: 7, name: null, type: 'users', tasks: [entry(1)] },
];
const names = (id: number) => ({ 7: 'Ana', 8: 'Ben' })[id] ?? `User ${id}`;
const eu: DateSettings = { date: 'EU', clock: '24h', weekStartsOn: 1 };
const shortDate = (day: string) => formatShortDate(day, eu);

describe('what someone else changed, against what the timeline shows', () => {
  it('dates and assignees are the place a drop would overwrite; the name only shows', () => {
    expect(placeDiffers('users', task(1), entry(1), [7])).toBe(false);
    expect(
      placeDiffers('users', task(1, { start_date: '2026-12-22', end_date: '2026-12-26' }), entry(1), [7]),
    ).toBe(true);
    expect(placeDiffers('users', task(1, { assignee_user_ids: [8] }), entry(1), [7])).toBe(true);
    expect(placeDiffers('users', task(1, { name: 'Renamed' }), entry(1), [7])).toBe(false);
    expect(shownDiffers('users', task(1, { name: 'Renamed' }), entry(1), rows)).toBe(true);
    // A project change is no conflict for a drop between people, but the bar shows it.
    expect(placeDiffers('users', task(1, { project_id: 4 }), entry(1), [7])).toBe(false);
    expect(placeDiffers('projects', task(1, { project_id: 4 }), entry(1), [3])).toBe(true);
  });

  it('tags are compared with the tag rows holding the bar', () => {
    const tagRows: TaskGroup[] = [{ id: 5, name: 'a', type: 'tags', tasks: [entry(1)] }];
    const jan = [{ start: '2026-12-01', end: '2027-01-31' }];
    expect(rowsOutdated('tags', [task(1, { tag_ids: [5] })], tagRows, jan)).toBe(false);
    expect(rowsOutdated('tags', [task(1, { tag_ids: [6, 5] })], tagRows, jan)).toBe(true);
    expect(placeDiffers('tags', task(1, { tag_ids: [6, 5] }), entry(1), [5, 6])).toBe(false);
  });

  it('rows are outdated by a shown task that differs, or a new dated task in their days', () => {
    const jan = [{ start: '2026-12-01', end: '2027-01-31' }];
    expect(rowsOutdated('users', [task(1)], rows, jan)).toBe(false);
    expect(rowsOutdated('users', [task(1, { status_id: 2 })], rows, jan)).toBe(true);
    expect(rowsOutdated('users', [task(9)], rows, jan)).toBe(true);
    expect(
      rowsOutdated('users', [task(9, { start_date: '2027-03-01', end_date: '2027-03-02' })], rows, jan),
    ).toBe(false);
    expect(rowsOutdated('users', [task(9, { start_date: null, end_date: null })], rows, jan)).toBe(false);
  });

  it('says what happened in plain words', () => {
    const moved = task(1, { start_date: '2026-12-22', end_date: '2026-12-26', assignee_user_ids: [8] });
    expect(describeChange('users', moved, entry(1), [7], names, shortDate)).toBe(
      'Someone else moved ‘T1’ to 22 Dec – 26 Dec and assigned it to Ben',
    );
    expect(describeChange('users', task(1, { assignee_user_ids: [] }), entry(1), [7], names, shortDate)).toBe(
      'Someone else unassigned ‘T1’',
    );
  });

  it('names the days as the user writes them (their Toggl date format)', () => {
    const moved = task(1, { start_date: '2026-12-22', end_date: '2027-01-05' });
    const as = (date: DateSettings['date']) => (day: string) => formatShortDate(day, { ...eu, date });
    expect(describeChange('users', moved, entry(1), [7], names, as('US'))).toBe(
      'Someone else moved ‘T1’ to Dec 22 – Jan 5',
    );
    expect(describeChange('users', moved, entry(1), [7], names, as('ISO'))).toBe(
      'Someone else moved ‘T1’ to 12-22 – 01-05',
    );
  });

  it('names days only when both dates are days: a start of "someday" or an instant says the dates changed', () => {
    for (const start_date of ['someday', '2026-12-09T00:00:00Z', '2026-02-30'])
      expect(
        describeChange('users', task(1, { start_date }), entry(1), [7], names, shortDate),
        start_date,
      ).toBe('Someone else changed the dates of ‘T1’');
    expect(
      describeChange(
        'users',
        task(1, { end_date: 'soon', assignee_user_ids: [8] }),
        entry(1),
        [7],
        names,
        shortDate,
      ),
    ).toBe('Someone else changed the dates of ‘T1’ and assigned it to Ben');
    // No dates at all (null, or Go's empty string): the task is off the timeline.
    expect(
      describeChange('users', task(1, { start_date: null, end_date: null }), entry(1), [7], names, shortDate),
    ).toBe('Someone else took the dates off ‘T1’');
    expect(
      describeChange('users', task(1, { start_date: '', end_date: '' }), entry(1), [7], names, shortDate),
    ).toBe('Someone else took the dates off ‘T1’');
  });
});

describe('reapplyItems', () => {
  const item = (op: 'move' | 'remove', source: number | null): MoveItem => ({
    id: 1,
    op,
    source_group_id: source,
    target_group_id: 9,
    weight: 0,
    start_date: '2026-12-19',
    end_date: '2026-12-23',
  });
  it('keeps a source the task is still in, joins the target when it left it, drops a moot remove', () => {
    expect(reapplyItems('users', [item('move', 7)], [task(1)])).toEqual([item('move', 7)]);
    expect(reapplyItems('users', [item('move', 7)], [task(1, { assignee_user_ids: [8] })])).toEqual([
      item('move', null),
    ]);
    expect(reapplyItems('users', [item('remove', 7)], [task(1, { assignee_user_ids: [8] })])).toEqual([]);
    expect(reapplyItems('users', [item('move', 7)], [])).toEqual([item('move', 7)]);
  });
});
