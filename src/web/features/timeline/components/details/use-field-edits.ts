import { useState } from 'react';
import type { TaskWithAggregations } from '@/api/task';
import type { TaskPatch } from '@/api/task-edit';
import type { TaskGroupEntry } from '@/api/task-group';
import { fieldLabel } from '@/web/lib/plain-errors';
import { canonical, TaskEditConflict } from '../../api/check-task-edit';
import type { TaskActions } from '../../api/use-task-actions';
import { patchProblems, serverProblems, type EditableField, type FieldProblems } from '../../task-rules';

/** Beside a field whose save failed: the typed value is still in it. */
export const NOT_SAVED =
  'Not saved. Enter saves it again (Ctrl+Enter in a note); Escape puts back the saved value.';

/** The fields typed into (DraftInput): a failed save keeps their text. */
const TYPED_FIELDS: readonly EditableField[] = ['name', 'start_date', 'end_date', 'estimated_mins', 'notes'];

const PRIORITIES = ['none', 'low', 'medium', 'high'] as const;
const ESTIMATE_TYPES = ['total', 'daily'] as const;

/** The task's editable fields as saved: the details where read, else what the bar carries. */
export type Current = Required<Pick<TaskPatch, EditableField>>;

export function currentOf(entry: TaskGroupEntry, detail: TaskWithAggregations | undefined): Current {
  return {
    name: detail?.name ?? entry.name ?? '',
    project_id: detail ? (detail.project_id ?? null) : (entry.project_id ?? null),
    assignee_user_ids: detail?.assignee_user_ids ?? entry.assignee_user_ids ?? [],
    status_id: detail?.status_id ?? entry.status_id,
    // A value Toggl added after this planner was written shows as none (and is sent only if changed).
    priority: PRIORITIES.find((p) => p === detail?.priority) ?? 'none',
    start_date: detail?.start_date ?? entry.start_date,
    end_date: detail?.end_date ?? entry.end_date,
    estimated_mins: detail ? (detail.estimated_mins ?? null) : (entry.estimated_mins ?? null),
    estimate_type:
      ESTIMATE_TYPES.find((t) => t === (detail?.estimate_type ?? entry.estimate_type)) ?? 'total',
    tag_ids: detail?.tag_ids ?? [],
    notes: detail?.notes ?? null,
  };
}

/**
 * Saving one field of the open task: checked first with the contract's rules (a problem shows beside the
 * field, nothing is sent), then one PATCH of just that field, its inverse kept for undo. A refused write puts
 * the server's problem, in plain words, beside the field it names.
 */
export function useFieldEdits(
  entry: TaskGroupEntry,
  detail: TaskWithAggregations | undefined,
  actions: TaskActions,
) {
  const [problems, setProblems] = useState<FieldProblems>({});
  // Saves that failed per field (a teammate's conflict aside, which shows their value): the field keeps what
  // was typed (DraftInput) and says it was not saved.
  const [failures, setFailures] = useState<Partial<Record<EditableField, number>>>({});
  const current = currentOf(entry, detail);
  const commit = (field: EditableField, patch: TaskPatch) => {
    const found = patchProblems(patch, current);
    setProblems((old) => ({ ...old, [field]: found[field] ?? found.form, form: undefined }));
    if (found[field] || found.form) return;
    const keys = Object.keys(patch) as EditableField[];
    if (keys.every((k) => canonical(patch[k]) === canonical(current[k]))) return;
    const previous = Object.fromEntries(keys.map((k) => [k, current[k] ?? null]));
    // A typed field keeps its text on failure and says so; a list or a choice is back as it was.
    const typed = TYPED_FIELDS.includes(field);
    const name = `“${current.name}”`;
    actions.send(
      {
        write: { op: 'patch', items: [{ id: entry.id, ...patch }] },
        inverse: { op: 'patch', items: [{ id: entry.id, ...previous }] },
        label:
          field === 'name'
            ? `Renamed ${name} to “${patch.name}”`
            : `Changed the ${fieldLabel(field).toLowerCase()} of ${name}`,
        what: `Saving the ${fieldLabel(field).toLowerCase()}`,
        keepsTyped: typed,
      },
      {
        onError: (err) => {
          if (err instanceof TaskEditConflict) return;
          const refused = serverProblems(err, field);
          setProblems((old) => ({ ...old, ...(typed && { [field]: NOT_SAVED }), ...refused }));
          if (typed) setFailures((old) => ({ ...old, [field]: (old[field] ?? 0) + 1 }));
        },
      },
    );
  };
  /** A problem found before a value could even be made (an estimate box holding no number). */
  const refuse = (field: EditableField, problem: string) =>
    setProblems((old) => ({ ...old, [field]: problem }));
  /** A kept unsaved value was dropped (Escape): its note goes with it. */
  const discard = (field: EditableField) => setProblems((old) => ({ ...old, [field]: undefined }));
  return { current, problems, failures, commit, refuse, discard };
}
