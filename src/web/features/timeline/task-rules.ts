import { taskCreateSchema } from '@/api/task';
import { taskPatchSchema, type TaskPatch } from '@/api/task-edit';
import { ApiError } from '@/web/lib/api-error';
import { estimateProblem } from '@/web/lib/estimate-hours';
import { fieldLabel, plainMessage, plainServerText, serverIssues } from '@/web/lib/plain-errors';

/** The fields the Timeline edits, named as the API names them. */
export const EDITABLE = [
  'name',
  'project_id',
  'assignee_user_ids',
  'status_id',
  'priority',
  'start_date',
  'end_date',
  'estimated_mins',
  'estimate_type',
  'tag_ids',
  'notes',
] as const;
export type EditableField = (typeof EDITABLE)[number];
export type FieldProblems = Partial<Record<EditableField | 'form', string>>;

const isEditable = (f: string | undefined): f is EditableField =>
  (EDITABLE as readonly string[]).includes(f ?? '');
const label = (field: string | undefined) => fieldLabel(field);

/** The contract's issues of a payload, each in plain words under its field. */
function schemaProblems(issues: readonly { path: PropertyKey[]; message: string }[]): FieldProblems {
  const out: FieldProblems = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    const key = isEditable(field) ? field : 'form';
    out[key] ??= plainMessage(issue.message, label(field || undefined));
  }
  return out;
}

/**
 * What is wrong with a change to a task on the Timeline, checked in the browser with the contract's schema
 * (the server's own rules) and against the task's other date, so a wrong edit costs no request. A bar needs
 * both dates: clearing one would take the task off the Timeline, so it is refused here.
 */
export function patchProblems(
  patch: TaskPatch,
  current: { start_date?: string | null; end_date?: string | null },
): FieldProblems {
  const out = schemaProblems(taskPatchSchema.safeParse(patch).error?.issues ?? []);
  for (const key of ['start_date', 'end_date'] as const) {
    if (key in patch && !patch[key]) out[key] ??= 'Pick a date: a task without dates leaves the Timeline.';
  }
  const start = patch.start_date ?? current.start_date;
  const end = patch.end_date ?? current.end_date;
  if (start && end && start > end) {
    const key = 'end_date' in patch ? 'end_date' : 'start_date';
    out[key] ??= 'The end date cannot be before the start date.';
  }
  return out;
}

/** The dialog of a new task, checked the same way (the estimate box is checked as typed). */
export function createProblems(body: unknown, estimateHours: string): FieldProblems {
  const out = schemaProblems(taskCreateSchema.safeParse(body).error?.issues ?? []);
  const estimate = estimateProblem(estimateHours);
  if (estimate) out.estimated_mins = estimate;
  return out;
}

/**
 * A failed write's problems under the fields they concern, in plain words: a 400 names fields; anything else
 * (or a 400 naming none of ours) goes to `fallback`, the field that was being edited.
 */
export function serverProblems(err: unknown, fallback: EditableField | 'form'): FieldProblems {
  if (!(err instanceof ApiError) || err.status !== 400 || err.code === 'http_400') return {};
  const out: FieldProblems = {};
  for (const issue of serverIssues(err.message)) {
    const key = isEditable(issue.field) ? issue.field : fallback;
    out[key] ??= plainMessage(issue.message, label(key === 'form' ? undefined : key));
  }
  if (!Object.keys(out).length) out[fallback] = plainServerText(err.message);
  return out;
}
