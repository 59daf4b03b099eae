import { describe, expect, it } from 'vitest';
import type { TaskGroup, TaskGroupEntry, TaskGroupType } from '@/api/task-group';
import { taskEntry, taskGroup } from '@/api/test-fixtures';
import { applyLandings, planLandings, undoItems } from './landing-cache';
import type { MoveItem } from './timeline-model';

const entry = (id: number, start: string, end: string, extra: Partial<TaskGroupEntry> = {}): TaskGroupEntry =>
  taskEntry(id, { start_date: start, end_date: end, weight: 0, ...extra });
const group = (type: TaskGroupType, id: number, tasks: TaskGroupEntry[]): TaskGroup =>
  taskGroup(id, tasks, type);
const Q1 = { start: '2026-01-01', end: '2026-03-31' };
const move = (
  id: number,
  source: number | null,
  target: number | null,
  weight = 0,
  dates: [string, string] = ['2026-01-05', '2026-01-07'],
): MoveItem => ({
  id,
  op: 'move',
  source_group_id: source,
  target_group_id: target,
  weight,
  start_date: dates[0],
  end_date: dates[1],
});
const remove = (id: number, source: number): MoveItem => ({
  ...move(id, source, null),
  op: 'remove',
});

/** The rows after a drop, as `{row: [task ids]}`, and the task's copies. */
function drop(type: TaskGroupType, rows: TaskGroup[], items: MoveItem[]) {
  const landings = planLandings(type, rows, items);
  const out = applyLandings(rows, Q1, landings);
  const ids = Object.fromEntries(out.map((g) => [g.id, g.tasks.map((t) => t.id)]));
  return {
    out,
    ids,
    landings,
    copies: (id: number) => out.flatMap((g) => g.tasks.filter((t) => t.id === id)),
  };
}

// Task 1 is shared by users 7 and 8 (lanes 0 and 2); task 2 is only 7's; 9 has nothing.
const shared = entry(1, '2026-01-05', '2026-01-07', { assignee_user_ids: [7, 8] });
const users = () => [
  group('users', 0, [entry(5, '2026-01-06', '2026-01-06', { assignee_user_ids: [] })]),
  group('users', 7, [shared, entry(2, '2026-01-05', '2026-01-09', { weight: 1, assignee_user_ids: [7] })]),
  group('users', 8, [{ ...shared, weight: 2 }]),
  group('users', 9, []),
];

describe('drops on the users grouping land as the server puts them', () => {
  it('reassigning one copy of a shared task keeps the other assignee, with new dates everywhere', () => {
    const { ids, copies } = drop('users', users(), [move(1, 7, 9, 0, ['2026-01-08', '2026-01-09'])]);
    expect(ids).toEqual({ 0: [5], 7: [2], 8: [1], 9: [1] });
    expect(copies(1).map((t) => [t.weight, t.start_date, t.assignee_user_ids])).toEqual([
      [2, '2026-01-08', [8, 9]],
      [0, '2026-01-08', [8, 9]],
    ]);
  });

  it('a null target clears every assignee: the task leaves every person row for the no-assignee row', () => {
    const { ids, copies } = drop('users', users(), [move(1, 7, null, 1)]);
    expect(ids).toEqual({ 0: [5, 1], 7: [2], 8: [], 9: [] });
    expect(copies(1)).toMatchObject([{ weight: 1, assignee_user_ids: [] }]);
  });

  it('a remove takes one person off; the others keep it (and their lanes)', () => {
    const { ids, copies } = drop('users', users(), [remove(1, 7)]);
    expect(ids).toEqual({ 0: [5], 7: [2], 8: [1], 9: [] });
    expect(copies(1)).toMatchObject([{ weight: 2, assignee_user_ids: [8] }]);
  });

  it('removing the only assignee lands the task in the no-assignee row on the lowest free lane', () => {
    const { ids, copies } = drop('users', users(), [remove(2, 7)]);
    expect(ids[0]).toEqual([5, 2]);
    // Task 5 holds lane 0 over 6 Jan, which task 2's dates cover.
    expect(copies(2)).toMatchObject([{ weight: 1, assignee_user_ids: [] }]);
  });

  it("dropping onto a row the task is already in merges the copies there, with the drop's lane", () => {
    const { ids, copies } = drop('users', users(), [move(1, 7, 8, 4)]);
    expect(ids).toEqual({ 0: [5], 7: [2], 8: [1], 9: [] });
    expect(copies(1)).toMatchObject([{ weight: 4, assignee_user_ids: [8] }]);
  });

  it('a task taken out of the no-assignee row (null source) joins the person', () => {
    const { ids, copies } = drop('users', users(), [move(5, null, 9, 0, ['2026-01-06', '2026-01-06'])]);
    expect(ids).toEqual({ 0: [], 7: [1, 2], 8: [1], 9: [5] });
    expect(copies(5)).toMatchObject([{ assignee_user_ids: [9] }]);
  });

  it('leaves rows the drop does not touch as the same objects, and drops a task from a chunk it leaves', () => {
    const rows = users();
    const { out } = drop('users', rows, [move(2, 7, 7, 1, ['2026-05-04', '2026-05-05'])]);
    expect(out[0]).toBe(rows[0]);
    expect(out[2]).toBe(rows[2]);
    expect(out[1].tasks.map((t) => t.id)).toEqual([1]);
  });

  it('undoes each drop back to the same groups, lanes and dates', () => {
    const cases: MoveItem[] = [
      move(1, 7, 9, 0, ['2026-01-08', '2026-01-09']),
      move(1, 7, null, 1),
      remove(1, 7),
      move(1, 7, 8, 4),
      move(5, null, 9),
      move(2, 7, 7, 3, ['2026-01-12', '2026-01-14']),
    ];
    for (const item of cases) {
      const rows = users();
      const forward = drop('users', rows, [item]);
      const back = drop('users', forward.out, undoItems('users', forward.landings));
      const norm = (gs: TaskGroup[]) =>
        gs.map((g) => [g.id, g.tasks.map((t) => [t.id, t.weight, t.start_date, t.end_date]).sort()]);
      expect(norm(back.out), JSON.stringify(item)).toEqual(norm(rows));
    }
  });
});

const project = (id: number, name: string, color: string) => ({
  id,
  name,
  color,
  draft: false,
  is_template: false,
  permissions: [],
});

describe('drops on projects and tags', () => {
  const p1 = entry(1, '2026-01-05', '2026-01-07', {
    project_id: 3,
    project: project(3, 'Old', '#111'),
  });
  const projects = () => [
    group('projects', 3, [p1]),
    group('projects', 4, [
      entry(2, '2026-01-01', '2026-01-02', { project_id: 4, project: project(4, 'New', '#222') }),
    ]),
  ];

  it('a project move changes the project, borrowing its name and colour from a bar of the row', () => {
    const { ids, copies, landings, out } = drop('projects', projects(), [move(1, 3, 4, 1)]);
    expect(ids).toEqual({ 3: [], 4: [2, 1] });
    expect(copies(1)).toMatchObject([{ weight: 1, project_id: 4, project: { name: 'New' } }]);
    expect(undoItems('projects', landings)).toEqual([
      { ...move(1, 4, 3, 0), start_date: '2026-01-05', end_date: '2026-01-07' },
    ]);
    expect(drop('projects', out, undoItems('projects', landings)).ids).toEqual({ 3: [1], 4: [2] });
  });

  const tagged = entry(1, '2026-01-05', '2026-01-07');
  const tags = () => [
    group('tags', 3, [tagged]),
    group('tags', 4, [{ ...tagged, weight: 2 }]),
    group('tags', 5, []),
  ];

  it('a tag move swaps one tag and keeps the others; onto a tag it has, the copies merge', () => {
    expect(drop('tags', tags(), [move(1, 3, 5)]).ids).toEqual({ 3: [], 4: [1], 5: [1] });
    const merged = drop('tags', tags(), [move(1, 3, 4, 0)]);
    expect(merged.ids).toEqual({ 3: [], 4: [1], 5: [] });
    const back = drop('tags', merged.out, undoItems('tags', merged.landings));
    expect(back.out.map((g) => g.tasks.map((t) => t.weight))).toEqual([[0], [2], []]);
  });

  it('a tag remove leaves the task in its other tags', () => {
    expect(drop('tags', tags(), [remove(1, 4)]).ids).toEqual({ 3: [1], 4: [], 5: [] });
  });
});
