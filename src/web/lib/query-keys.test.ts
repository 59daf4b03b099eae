import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys as keys, timelineWindowOf } from './query-keys';

const ws = { organizationId: 1, workspaceId: 7 };
const other = { organizationId: 1, workspaceId: 8 };
const project = { ...ws, projectId: 42 };
const range = { start: '2026-10-01', end: '2026-12-31' };
/** Would invalidating `prefix` reach `key`? (TanStack Query's own prefix rule) */
const under = (key: readonly unknown[], prefix: readonly unknown[]) => partialMatchKey(key, prefix);

describe('query keys', () => {
  it('nest every read of a view under the prefix its writes invalidate', () => {
    const window = keys.timeline.window(ws, 'users', range, { q: 'x' });
    expect(under(window, keys.timeline.grouping(ws, 'users'))).toBe(true);
    expect(under(window, keys.timeline.all(ws))).toBe(true);
    expect(under(window, keys.timeline.grouping(ws, 'projects'))).toBe(false);
    expect(under(window, keys.timeline.all(other))).toBe(false);
    expect(under(keys.timeline.blockWindow(ws, range, 'Europe/Berlin'), keys.timeline.blocks(ws))).toBe(true);
    expect(under(keys.taskBlocks.task(ws, 3), keys.taskBlocks.all(ws))).toBe(true);
  });

  it("keep the Schedule's weeks apart from its task lists", () => {
    const week = keys.schedule.week(ws, '2026-11-23', { zone: 'UTC', archived: false });
    expect(under(week, keys.schedule.weeks(ws))).toBe(true);
    expect(under(keys.schedule.tasks(ws, '2026-11-23'), keys.schedule.weeks(ws))).toBe(false);
    expect(under(keys.schedule.tasks(ws, '2026-11-23'), keys.schedule.all(ws))).toBe(true);
  });

  it("put the projects page's pages, the whole list and a project's heading under one projects prefix", () => {
    const all = keys.projects.all(ws);
    for (const key of [
      keys.projects.list(ws),
      keys.projects.page(ws, { status: 'active' }),
      keys.projects.children(ws, 42),
      keys.projects.detail(project),
    ])
      expect(under(key, all)).toBe(true);
    // A write to the paged list leaves the other views' whole list alone.
    expect(under(keys.projects.list(ws), keys.projects.pages(ws))).toBe(false);
  });

  it("put a person's working week and time off under their organization's availability", () => {
    const all = keys.availability.all(1);
    expect(under(keys.availability.workingHours(1, 5), all)).toBe(true);
    expect(under(keys.availability.timeOffOf(1, 5, range), keys.availability.timeOff(1))).toBe(true);
    expect(under(keys.availability.timeOffOfUsers(1, [5, 6], range), keys.availability.timeOff(1))).toBe(
      true,
    );
    expect(under(keys.availability.holidays(1, [5], range), keys.availability.timeOff(1))).toBe(false);
    expect(under(keys.availability.workingHours(1, 5), keys.availability.all(2))).toBe(false);
    const window = keys.capacities.window(ws, { userIds: [5], range, unit: 'day' });
    expect(under(window, keys.capacities.all(ws))).toBe(true);
    expect(under(window, keys.capacities.all(other))).toBe(false);
    expect(under(keys.milestones.window(ws, range, {}), keys.milestones.all(ws))).toBe(true);
  });

  it('carry the workspace id only, whatever scope they are given', () => {
    expect(keys.clients(ws)).toEqual(keys.clients({ workspaceId: 7 }));
    const sameWorkspace = { organizationId: 99, workspaceId: 7 };
    expect(keys.timeline.all(sameWorkspace)).toEqual(keys.timeline.all(ws));
  });

  it('read a Timeline window back from its key', () => {
    expect(timelineWindowOf(keys.timeline.window(ws, 'tags', range, { tag: '1' }))).toEqual({
      group: 'tags',
      range,
      detail: { tag: '1' },
    });
    expect(timelineWindowOf(keys.timeline.blockWindow(ws, range, 'Asia/Kolkata'))).toEqual({
      group: 'time-blocks',
      range,
      detail: 'Asia/Kolkata',
    });
  });
});
