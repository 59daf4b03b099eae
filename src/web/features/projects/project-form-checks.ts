import { projectCreateSchema, projectPatchSchema } from '@/api/project';
import { estimateProblem } from '@/web/lib/estimate-hours';
import { fieldLabel, plainMessage } from '@/web/lib/plain-errors';
import type { FieldErrors, ProjectField } from './field-errors';
import { createOf, patchOf, type ProjectDraft } from './components/project-form-fields';

const FORM_LABELS: Partial<Record<ProjectField, string>> = { estimated_mins: 'Estimate' };
const labelOf = (field: ProjectField) => FORM_LABELS[field] ?? fieldLabel(field);

/**
 * The form checked in the browser with the contract's own schema (the one the server validates with), so a
 * wrong submit costs no request: each problem in plain words beside its field.
 */
export function checkProjectDraft(draft: ProjectDraft, editing: boolean): FieldErrors {
  const errors: FieldErrors = {};
  const estimate = estimateProblem(draft.estimateHours);
  if (estimate) errors.estimated_mins = estimate;
  const parsed = editing
    ? projectPatchSchema.safeParse(patchOf(draft))
    : projectCreateSchema.safeParse(createOf(draft));
  for (const issue of parsed.error?.issues ?? []) {
    const field = String(issue.path[0] ?? 'form') as ProjectField | 'form';
    if (errors[field]) continue;
    errors[field] =
      field === 'form' ? plainMessage(issue.message) : plainMessage(issue.message, labelOf(field));
  }
  return errors;
}

/** A warning (not an error: the API allows it) when another project of the workspace has the same name. */
export function duplicateNameWarning(
  name: string,
  projects: readonly { id: number; name: string }[] | undefined,
  ownId?: number,
): string | undefined {
  const wanted = name.trim().toLocaleLowerCase();
  if (!wanted) return undefined;
  const twin = projects?.find((p) => p.id !== ownId && p.name.trim().toLocaleLowerCase() === wanted);
  return twin ? `Another project is already called “${twin.name}”.` : undefined;
}
