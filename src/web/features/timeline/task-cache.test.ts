import { describe, expect, it } from 'vitest';
import type { TaskGroup, TaskGroupEntry } from '@/api/task-group';
import { taskEntry, taskGroup as group } from '@/api/test-fixtures';
import { insertPlacements, patchWindow, removeTasks, type Known } from './task-cache';
import { placementsFor } from './task-writes';

const entry = (id: number, over: Partial<TaskGroupEntry> = {}): TaskGroupEntry =>
  taskEntry(id, {
    allocation_unit: 'flat',
    start_date: '2026-03-02',
    end_date: '2026-03-04',
    weight: 0,
    assignee_user_ids: [],
    ...over,
  });
const range = { start: '2026-03-01', end: '2026-03-31' };
const lookups = {
  project: (id: number) => ({ id, name: `P${id}`, draft: false, is_template: false, permissions: [] }),
};
const ids = (g: TaskGroup) => g.tasks.map((t) => t.id);

describe('patchWindow', () => {
  const a = entry(1, { assignee_user_ids: [10], weight: 2 });
  const pages = [[group(10, [a, entry(2, { assignee_user_ids: [10] })]), group(11, [])], [group(12, [])]];

  it('changes a field in place: same row, same lane, untouched rows keep their objects', () => {
    const out = patchWindow(pages, 'users', range, [{ id: 1, name: 'Renamed' }], new Map(), lookups);
    expect(out.missing).toBe(false);
    expect(out.pages[0][0].tasks[0]).toMatchObject({ id: 1, name: 'Renamed', weight: 2 });
    expect(out.pages[0][1]).toBe(pages[0][1]);
    expect(out.pages[1][0]).toBe(pages[1][0]);
  });

  it('moves the bar between rows when the grouping dimension changes (any page)', () => {
    const out = patchWindow(
      pages,
      'users',
      range,
      [{ id: 1, assignee_user_ids: [11, 12] }],
      new Map(),
      lookups,
    );
    expect(ids(out.pages[0][0])).toEqual([2]);
    expect(ids(out.pages[0][1])).toEqual([1]);
    expect(ids(out.pages[1][0])).toEqual([1]);
    expect(out.pages[0][1].tasks[0].assignee_user_ids).toEqual([11, 12]);
  });

  it('sends a bar without assignees to row 0, and says so when the window lacks that row', () => {
    const out = patchWindow(pages, 'users', range, [{ id: 1, assignee_user_ids: null }], new Map(), lookups);
    expect(out.missing).toBe(true);
    expect(ids(out.pages[0][0])).toEqual([2]);
  });

  it('takes the project lite from the lookups; dates outside the window take the bar out', () => {
    const moved = patchWindow(pages, 'users', range, [{ id: 1, project_id: 7 }], new Map(), lookups);
    expect(moved.pages[0][0].tasks[0].project).toMatchObject({ id: 7, name: 'P7' });
    const out = patchWindow(
      pages,
      'users',
      range,
      [{ id: 1, start_date: '2026-05-01', end_date: '2026-05-02' }],
      new Map(),
      lookups,
    );
    expect(ids(out.pages[0][0])).toEqual([2]);
    expect(out.missing).toBe(false);
  });

  it('brings a bar into a window its new dates reach, into the rows known from other windows', () => {
    const known = new Map<number, Known>([
      [9, { entry: entry(9, { start_date: '2026-05-01', end_date: '2026-05-02' }), rows: { users: [11] } }],
    ]);
    const out = patchWindow(
      pages,
      'users',
      range,
      [{ id: 9, start_date: '2026-03-10', end_date: '2026-03-11' }],
      known,
      lookups,
    );
    expect(ids(out.pages[0][1])).toEqual([9]);
    const unknown = patchWindow(
      pages,
      'tags',
      range,
      [{ id: 9, start_date: '2026-03-10', end_date: '2026-03-11' }],
      new Map([[9, { entry: known.get(9)!.entry, rows: {} }]]),
      lookups,
    );
    expect(unknown.missing).toBe(true);
  });
});

describe('removeTasks and insertPlacements', () => {
  it('removes bars everywhere, sub-tasks too when asked, and puts them back where they were', () => {
    const child = entry(3, { parent_task: { id: 1, name: 'T1' }, assignee_user_ids: [11] });
    const a = entry(1, { assignee_user_ids: [10, 11] });
    const pages = [[group(10, [a]), group(11, [a, child])]];
    const gone = removeTasks(pages, new Set([1]), true);
    expect(gone[0].map(ids)).toEqual([[], []]);
    expect(removeTasks(pages, new Set([1]))[0].map(ids)).toEqual([[], [3]]);
    const back = insertPlacements(gone, 'users', range, [
      ...placementsFor(a, []),
      ...placementsFor(child, []),
    ]);
    expect(back.missing).toBe(false);
    expect(back.pages[0].map(ids)).toEqual([[1], [1, 3]]);
    // Placements outside the window's days change nothing; a row the window lacks is reported.
    const far = entry(4, { start_date: '2026-07-01', end_date: '2026-07-02', assignee_user_ids: [10] });
    expect(insertPlacements(gone, 'users', range, placementsFor(far, [])).pages[0].map(ids)).toEqual([
      [],
      [],
    ]);
    expect(insertPlacements(gone, 'tags', range, placementsFor(a, [])).missing).toBe(true);
  });
});
