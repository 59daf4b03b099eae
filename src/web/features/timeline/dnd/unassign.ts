import type { TaskGroupEntry } from '@/api/task-group';
import type { UnassignQuestion } from '../store';
import type { MoveItem } from '../timeline-model';

/**
 * The moved tasks that a drop onto Unassigned would take from other people too: on users, a null target
 * clears every assignee (and team assignment), not only the row the bar was dragged from.
 */
export function sharedOnUnassign(
  items: readonly MoveItem[],
  entryOf: (id: number, row: number) => TaskGroupEntry | undefined,
): UnassignQuestion['shared'] {
  return items.flatMap((item) => {
    const from = item.source_group_id;
    if (item.op !== 'move' || item.target_group_id !== null || from === null) return [];
    const entry = entryOf(item.id, from);
    const others = (entry?.assignee_user_ids ?? []).filter((u) => u !== from);
    const teams = (entry?.assignees ?? []).some((a) => a.type === 'team');
    return others.length || teams ? [{ id: item.id, name: entry?.name || 'Untitled', from, others }] : [];
  });
}

/**
 * The drop with the shared tasks taken off only the person they were dragged from (`op: "remove"`, with the
 * dropped dates); they stay with the others. Tasks nobody else has still move to Unassigned.
 */
export function removeOnlyFrom(items: readonly MoveItem[], shared: UnassignQuestion['shared']): MoveItem[] {
  const ids = new Set(shared.map((s) => s.id));
  return items.map((item) =>
    ids.has(item.id) ? { ...item, op: 'remove', target_group_id: null, weight: 0 } : item,
  );
}
