import { describe, expect, it } from 'vitest';
import { taskEntry } from '@/api/test-fixtures';
import type { MoveItem } from '../timeline-model';
import { removeOnlyFrom, sharedOnUnassign } from './unassign';

const entry = (id: number, assignees: number[], teams = false) =>
  taskEntry(id, { assignee_user_ids: assignees, assignees: teams ? [{ id: 3, type: 'team' }] : null });
const entries = new Map([
  [1, entry(1, [7, 8])],
  [2, entry(2, [7])],
  [3, entry(3, [7], true)],
]);
const toNone = (id: number, from: number | null = 7): MoveItem => ({
  id,
  op: 'move',
  source_group_id: from,
  target_group_id: null,
  weight: 2,
  start_date: '2026-01-06',
  end_date: '2026-01-08',
});

describe('a drop onto Unassigned', () => {
  it('asks about the tasks someone else (a person or a team) has too', () => {
    const shared = sharedOnUnassign([toNone(1), toNone(2), toNone(3)], (id) => entries.get(id));
    expect(shared).toEqual([
      { id: 1, name: 'T1', from: 7, others: [8] },
      { id: 3, name: 'T3', from: 7, others: [] },
    ]);
  });

  it('does not ask for a reorder inside Unassigned or a move to a person', () => {
    const toPerson = { ...toNone(1), target_group_id: 9 };
    expect(sharedOnUnassign([toNone(1, null), toPerson], (id) => entries.get(id))).toEqual([]);
  });

  it("'only this person' removes the shared tasks from the dragged row, with the dropped dates", () => {
    const items = [toNone(1), toNone(2)];
    const out = removeOnlyFrom(
      items,
      sharedOnUnassign(items, (id) => entries.get(id)),
    );
    expect(out).toEqual([{ ...toNone(1), op: 'remove', weight: 0 }, toNone(2)]);
  });
});
