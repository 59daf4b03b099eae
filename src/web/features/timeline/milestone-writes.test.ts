import { describe, expect, it } from 'vitest';
import type { Milestone } from '@/api/milestone';
import { applyToWindow, completeOf, deleteOf, milestoneRequest, moveOf, renameOf } from './milestone-writes';

const m = (id: number, due: string, extra: Partial<Milestone> = {}): Milestone => ({
  id,
  workspace_id: 5,
  name: `M${id}`,
  color: '#d6336c',
  due_date: due,
  created_at: '2026-01-01T00:00:00Z',
  completed_at: null,
  ...extra,
});
const scope = { workspaceId: 5 };
const range = { start: '2026-12-01', end: '2026-12-31' };

describe('milestone writes', () => {
  it('a move is one PATCH of the date, undone by the old date', () => {
    const c = moveOf(m(1, '2026-12-03'), '2026-12-05', '5 Dec')!;
    expect(milestoneRequest(scope, c.write)).toEqual({
      method: 'PATCH',
      path: '/workspaces/5/milestones/1',
      body: { due_date: '2026-12-05' },
    });
    expect(c.inverse).toEqual({ op: 'patch', id: 1, patch: { due_date: '2026-12-03' } });
    expect(c.label).toBe('Moved milestone “M1” to 5 Dec');
    expect(moveOf(m(1, '2026-12-03'), '2026-12-03', '3 Dec')).toBeNull();
  });

  it('rename and complete send only what changes; reopening clears the stamp', () => {
    expect(renameOf(m(1, '2026-12-03'), 'M1')).toBeNull();
    expect(renameOf(m(1, '2026-12-03'), 'Launch')!.write).toEqual({
      op: 'patch',
      id: 1,
      patch: { name: 'Launch' },
    });
    const done = completeOf(m(1, '2026-12-03'), true, new Date('2026-12-02T10:11:12.345Z'))!;
    expect(done.write).toEqual({ op: 'patch', id: 1, patch: { completed_at: '2026-12-02T10:11:12Z' } });
    expect(done.inverse).toEqual({ op: 'patch', id: 1, patch: { completed_at: null } });
    expect(completeOf(m(1, '2026-12-03'), false)).toBeNull();
  });

  it('a delete is undone by restoring the same milestone', () => {
    const c = deleteOf(m(2, '2026-12-10'));
    expect(milestoneRequest(scope, c.write)).toEqual({
      method: 'DELETE',
      path: '/workspaces/5/milestones/2',
    });
    expect(milestoneRequest(scope, c.inverse)).toEqual({
      method: 'PATCH',
      path: '/workspaces/5/milestones/2/restore',
    });
  });

  it('a cached window shows the write at once, by due date, and loses what moved out', () => {
    const list = [m(1, '2026-12-03'), m(2, '2026-12-10')];
    expect(
      applyToWindow(list, range, { op: 'patch', id: 2, patch: { due_date: '2026-12-01' } }).map((x) => x.id),
    ).toEqual([2, 1]);
    expect(
      applyToWindow(list, range, { op: 'patch', id: 2, patch: { due_date: '2027-01-02' } }),
    ).toHaveLength(1);
    expect(applyToWindow(list, range, { op: 'delete', id: 1 }).map((x) => x.id)).toEqual([2]);
    const back = applyToWindow([list[1]], range, { op: 'restore', milestone: list[0] });
    expect(back.map((x) => x.id)).toEqual([1, 2]);
    const created = m(-1, '2026-12-05');
    const body = { name: 'New', color: '#000', due_date: '2026-12-05' };
    expect(applyToWindow(list, range, { op: 'create', tempId: -1, body }, created).map((x) => x.id)).toEqual([
      1, -1, 2,
    ]);
  });
});
