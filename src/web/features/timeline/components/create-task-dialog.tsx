import { useState, type FormEvent } from 'react';
import type { TaskCreate } from '@/api/task';
import type { TaskGroupType } from '@/api/task-group';
import { Field } from '@/web/components/ui/field';
import { ModalDialog } from '@/web/components/ui/modal-dialog';
import { minutesOf, NOT_IN_AN_ESTIMATE } from '@/web/lib/estimate-hours';
import { organizationQueries } from '@/web/lib/queries/organization';
import { projectQueries } from '@/web/lib/queries/projects';
import type { Day } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { useDateFormat } from '@/web/lib/time/use-date-format';
import { createProblems, type FieldProblems } from '../task-rules';
import { useOnDemand } from './details/use-on-demand';

export interface DrawnTask {
  grouping: TaskGroupType;
  /** The row it was drawn in: its id and name. */
  rowId: number;
  rowName: string;
  start: Day;
  end: Day;
  /** Opened from the New task button (no row, no drawing): the dates are fields of the dialog. */
  datesAsked?: boolean;
}

interface Props {
  scope: WorkspaceScope;
  drawn: DrawnTask;
  onSubmit: (body: TaskCreate & { start_date: Day; end_date: Day }) => void;
  onCancel: () => void;
}

/**
 * After drawing a bar: name it and give it a project, an assignee and an estimate. The row it was drawn in
 * fills its own field (a person's row the assignee, a project's row the project, a tag's row the tag). Enter
 * creates; everything is checked with the contract's rules before the one request.
 */
export function CreateTaskDialog({ scope, drawn, onSubmit, onCancel }: Props) {
  const inRow = (g: TaskGroupType) => (drawn.grouping === g && drawn.rowId > 0 ? String(drawn.rowId) : '');
  const [name, setName] = useState('New task');
  const [projectId, setProjectId] = useState(inRow('projects'));
  const [assignee, setAssignee] = useState(inRow('users'));
  const [hours, setHours] = useState('');
  const [start, setStart] = useState<Day>(drawn.start);
  const [end, setEnd] = useState<Day>(drawn.end);
  const [problems, setProblems] = useState<FieldProblems>({});
  const projects = useOnDemand(projectQueries.list(scope));
  const users = useOnDemand(organizationQueries.users(scope.organizationId));
  const { shortDate } = useDateFormat();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: TaskCreate & { start_date: Day; end_date: Day } = {
      name: name.trim(),
      start_date: start,
      end_date: end,
    };
    if (projectId) body.project_id = Number(projectId);
    if (assignee) body.assignee_user_ids = [Number(assignee)];
    if (drawn.grouping === 'tags' && drawn.rowId > 0) body.tag_ids = [drawn.rowId];
    const found = createProblems({ ...body, estimated_mins: minutesOf(hours) ?? undefined }, hours);
    setProblems(found);
    if (Object.keys(found).length) return;
    const mins = minutesOf(hours);
    if (mins !== null) body.estimated_mins = mins;
    onSubmit(body);
  };

  return (
    <ModalDialog open title="New task" onClose={onCancel}>
      <form className="tl-create-form" onSubmit={submit} noValidate>
        {!drawn.datesAsked && (
          <p className="muted">
            {shortDate(drawn.start)} – {shortDate(drawn.end)}, drawn in {drawn.rowName}
            {drawn.grouping === 'tags' && drawn.rowId > 0 ? ' (it gets this tag)' : ''}
          </p>
        )}
        {problems.form && <p className="field-error">{problems.form}</p>}
        <Field id="tl-new-name" label="Name" error={problems.name}>
          {(a) => (
            <input
              {...a}
              value={name}
              autoFocus
              onFocus={(e) => e.currentTarget.select()}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        {drawn.datesAsked && (
          <div className="tl-edit-row">
            <Field id="tl-new-start" label="Start date" error={problems.start_date}>
              {(a) => (
                <input {...a} type="date" value={start} required onChange={(e) => setStart(e.target.value)} />
              )}
            </Field>
            <Field id="tl-new-end" label="End date" error={problems.end_date}>
              {(a) => (
                <input {...a} type="date" value={end} required onChange={(e) => setEnd(e.target.value)} />
              )}
            </Field>
          </div>
        )}
        <Field id="tl-new-project" label="Project" error={problems.project_id}>
          {(a) => (
            <select
              {...a}
              value={projectId}
              onFocus={projects.want}
              onPointerDown={projects.want}
              onChange={(e) => setProjectId(e.target.value)}
            >
              <option value="">No project</option>
              {projectId && !projects.data?.some((p) => String(p.id) === projectId) && (
                <option value={projectId}>
                  {drawn.grouping === 'projects' ? drawn.rowName : `Project ${projectId}`}
                </option>
              )}
              {(projects.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="tl-new-assignee" label="Assignee" error={problems.assignee_user_ids}>
          {(a) => (
            <select
              {...a}
              value={assignee}
              onFocus={users.want}
              onPointerDown={users.want}
              onChange={(e) => setAssignee(e.target.value)}
            >
              <option value="">Nobody</option>
              {assignee && !users.data?.some((u) => String(u.user_account_id) === assignee) && (
                <option value={assignee}>{drawn.rowName}</option>
              )}
              {(users.data ?? []).map((u) => (
                <option key={u.user_account_id} value={u.user_account_id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="tl-new-estimate" label="Estimate (hours)" error={problems.estimated_mins}>
          {(a) => (
            <input
              {...a}
              type="number"
              min="0"
              step="0.5"
              inputMode="decimal"
              value={hours}
              onKeyDown={(e) => NOT_IN_AN_ESTIMATE.includes(e.key) && e.preventDefault()}
              onChange={(e) => setHours(e.target.value)}
            />
          )}
        </Field>
        {problems.end_date && !drawn.datesAsked && <p className="field-error">{problems.end_date}</p>}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            Create task
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
