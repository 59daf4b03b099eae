import { describe, expect, it } from 'vitest';
import type { TaskWithAggregations } from '@/api/task';
import { fieldsChanged, inverseOnServer } from './check-task-edit';

const server = (fields: Record<string, unknown>) =>
  ({ id: 5, name: 'Plan', ...fields }) as unknown as TaskWithAggregations;

describe('fieldsChanged', () => {
  it('names the edited fields the server now holds otherwise than the user saw', () => {
    const now = server({ name: 'Renamed by A', estimated_mins: 300, priority: 'high' });
    expect(fieldsChanged(now, { id: 5, name: 'Plan', priority: 'high' })).toEqual(['name']);
    // A change to a field the edit does not send is no conflict.
    expect(fieldsChanged(now, { id: 5, priority: 'high' })).toEqual([]);
  });

  it('compares lists as sets and a missing value as none; a field the server does not carry is no conflict', () => {
    const now = server({ tag_ids: [3, 1], notes: null });
    expect(fieldsChanged(now, { id: 5, tag_ids: [1, 3], notes: undefined })).toEqual([]);
    expect(fieldsChanged(now, { id: 5, tag_ids: [1] })).toEqual(['tag_ids']);
    expect(fieldsChanged(now, { id: 5, estimated_mins: 60 })).toEqual([]);
    // Nobody assigned: Toggl may say null or []; the panel says [].
    expect(fieldsChanged(server({ assignee_user_ids: null }), { id: 5, assignee_user_ids: [] })).toEqual([]);
    expect(fieldsChanged(server({ assignee_user_ids: [] }), { id: 5, assignee_user_ids: null })).toEqual([]);
  });

  it("an edit sent over a teammate's change is undone to the teammate's values, not to what the user saw", () => {
    const now = server({ name: 'Named by A', priority: 'high' });
    expect(
      inverseOnServer(
        [
          { id: 5, name: 'Plan' },
          { id: 6, name: 'Other' },
        ],
        [now],
      ),
    ).toEqual([
      { id: 5, name: 'Named by A' },
      { id: 6, name: 'Other' },
    ]);
  });
});
