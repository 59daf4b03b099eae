import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ProjectWithAggregations } from '@/api/project';
import { ModalDialog } from '@/web/components/ui/modal-dialog';
import { MultiPicker } from '@/web/components/ui/multi-picker';
import { ApiError, describeError } from '@/web/lib/api-error';
import { useCreateProject, useUpdateProject } from '../api/project-form-mutations';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { projectQueries } from '@/web/lib/queries/projects';
import { clientQueries, tagQueries } from '@/web/lib/queries/workspace-lists';
import { fieldErrorsFrom, type FieldErrors } from '../field-errors';
import { estimateProblem, NOT_IN_AN_ESTIMATE } from '@/web/lib/estimate-hours';
import { checkProjectDraft, duplicateNameWarning } from '../project-form-checks';
import { Field } from '@/web/components/ui/field';
import { createOf, draftOf, patchOf, type ProjectDraft } from './project-form-fields';
import { ClientOptions } from './client-options';

interface Props {
  ws: WorkspaceScope;
  /** The project to edit; absent = create. */
  project?: ProjectWithAggregations;
  onClose: () => void;
}

/** Create / edit form in a modal; a 400 puts each message beside the field it names. */
export function ProjectFormDialog({ ws, project, onClose }: Props) {
  const [draft, setDraft] = useState<ProjectDraft>(() => draftOf(project));
  const [errors, setErrors] = useState<FieldErrors>({});
  const clients = useQuery(clientQueries.list(ws.workspaceId));
  const tags = useQuery(tagQueries.list(ws.workspaceId));
  // The shared whole-workspace list (the timeline reads it too): no extra request when it is cached.
  const parents = useQuery(projectQueries.list(ws));
  const create = useCreateProject(ws);
  const update = useUpdateProject(ws, project?.id ?? 0);
  const pending = create.isPending || update.isPending;
  const set = <K extends keyof ProjectDraft>(key: K, value: ProjectDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const onFailed = (err: unknown) => {
    if (err instanceof ApiError && err.status === 400) setErrors(fieldErrorsFrom(err.message));
    else setErrors({ form: describeError(err) });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Checked here first with the server's own rules: a wrong submit costs no request.
    const found = checkProjectDraft(draft, !!project);
    setErrors(found);
    if (Object.keys(found).length) {
      const form = e.currentTarget as HTMLFormElement;
      // After the errors render: the first field in error takes the focus (its message is read with it).
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    if (project) update.mutate(patchOf(draft), { onSuccess: onClose, onError: onFailed });
    else create.mutate(createOf(draft), { onSuccess: onClose, onError: onFailed });
  };

  return (
    <ModalDialog open title={project ? `Edit project “${project.name}”` : 'New project'} onClose={onClose}>
      <form className="pf-form" onSubmit={submit} noValidate>
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <Field
          id="pf-name"
          label="Name"
          error={errors.name}
          note={duplicateNameWarning(draft.name, parents.data, project?.id)}
        >
          {(a) => <input {...a} value={draft.name} onChange={(e) => set('name', e.target.value)} autoFocus />}
        </Field>
        <Field id="pf-color" label="Color" error={errors.color}>
          {(a) => (
            <input {...a} type="color" value={draft.color} onChange={(e) => set('color', e.target.value)} />
          )}
        </Field>
        <Field id="pf-client" label="Client" error={errors.client_id}>
          {(a) => (
            <select {...a} value={draft.clientId} onChange={(e) => set('clientId', e.target.value)}>
              <option value="">No client</option>
              <ClientOptions clients={clients.data} />
            </select>
          )}
        </Field>
        <div className="pf-row">
          <Field id="pf-start" label="Start date" error={errors.start_date}>
            {(a) => (
              <input
                {...a}
                type="date"
                value={draft.startDate}
                onChange={(e) => set('startDate', e.target.value)}
              />
            )}
          </Field>
          <Field id="pf-end" label="End date" error={errors.end_date}>
            {(a) => (
              <input
                {...a}
                type="date"
                value={draft.endDate}
                onChange={(e) => set('endDate', e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field id="pf-estimate" label="Estimate (hours)" error={errors.estimated_mins}>
          {(a) => (
            <input
              {...a}
              type="number"
              min="0"
              step="0.5"
              inputMode="decimal"
              value={draft.estimateHours}
              onKeyDown={(e) => {
                if (NOT_IN_AN_ESTIMATE.includes(e.key)) e.preventDefault();
              }}
              onChange={(e) => {
                set('estimateHours', e.target.value);
                setErrors((old) => ({ ...old, estimated_mins: estimateProblem(e.target.value) }));
              }}
            />
          )}
        </Field>
        <Field id="pf-parent" label="Parent project" error={errors.parent_project_id}>
          {(a) => (
            <select {...a} value={draft.parentId} onChange={(e) => set('parentId', e.target.value)}>
              <option value="">None (top level)</option>
              {(parents.data ?? [])
                .filter((p) => p.id !== project?.id)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <div className="field field-check">
          <input
            id="pf-private"
            type="checkbox"
            checked={draft.isPrivate}
            onChange={(e) => set('isPrivate', e.target.checked)}
          />
          <label htmlFor="pf-private">Private (only members see it)</label>
          {errors.private && <p className="field-error">{errors.private}</p>}
        </div>
        <div className={errors.tag_ids ? 'field field-invalid' : 'field'}>
          <span className="field-label">Tags</span>
          <MultiPicker
            label="Tags"
            placeholder="Search tags…"
            options={(tags.data ?? []).map((t) => ({ key: String(t.id), label: t.name }))}
            selected={draft.tagIds.map(String)}
            onChange={(keys) => set('tagIds', keys.map(Number))}
          />
          {errors.tag_ids && (
            <p className="field-error" data-testid="pf-tags-error">
              {errors.tag_ids}
            </p>
          )}
        </div>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {pending ? 'Saving…' : project ? 'Save' : 'Create project'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
