import type { TaskWithAggregations } from '@/api/task';
import type { TaskGroupEntry } from '@/api/task-group';
import type { OrganizationUser } from '@/api/user';
import type { Status } from '@/api/workspace';
import { Field } from '@/web/components/ui/field';
import { MultiPicker } from '@/web/components/ui/multi-picker';
import { estimateProblem, hoursText, minutesOf, NOT_IN_AN_ESTIMATE } from '@/web/lib/estimate-hours';
import { projectQueries } from '@/web/lib/queries/projects';
import { tagQueries } from '@/web/lib/queries/workspace-lists';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import type { TaskActions } from '../../api/use-task-actions';
import { DraftInput } from './draft-input';
import { useFieldEdits } from './use-field-edits';
import { useOnDemand } from './use-on-demand';

interface Props {
  scope: WorkspaceScope;
  entry: TaskGroupEntry;
  detail: TaskWithAggregations | undefined;
  statuses: readonly Status[] | undefined;
  users: readonly OrganizationUser[] | undefined;
  /** Names by user account id that are at hand before the users are read (the people of the user rows). */
  names?: ReadonlyMap<number, string>;
  actions: TaskActions;
}

const PRIORITIES = [
  ['none', 'None'],
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
] as const;

/** Every field of a task the API lets the Timeline change; each change is saved on its own (one PATCH). */
export function TaskFields({ scope, entry, detail, statuses, users, names, actions }: Props) {
  const { current, problems, failures, commit, refuse, discard } = useFieldEdits(entry, detail, actions);
  const projects = useOnDemand(projectQueries.list(scope));
  const tags = useOnDemand(tagQueries.list(scope.workspaceId));
  const projectOptions = [
    ...(projects.data ?? []).map((p) => ({ id: p.id, name: p.name })),
    ...((detail?.project ?? entry.project) ? [detail?.project ?? entry.project!] : []),
  ].filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);
  const tagOptions = [...(tags.data ?? []), ...(detail?.tags ?? [])]
    .filter((t, i, all) => all.findIndex((q) => q.id === t.id) === i)
    .map((t) => ({ key: String(t.id), label: t.name }));
  const pickerError = (key: 'assignee_user_ids' | 'tag_ids', testId: string) =>
    problems[key] && (
      <p className="field-error" data-testid={testId}>
        {problems[key]}
      </p>
    );

  return (
    <div className="tl-edit" aria-busy={detail ? undefined : true}>
      <Field id="tl-f-name" label="Name" error={problems.name}>
        {(a) => (
          <DraftInput
            {...a}
            value={current.name}
            failures={failures.name}
            onDiscard={() => discard('name')}
            onCommit={(name) => commit('name', { name: name.trim() })}
          />
        )}
      </Field>
      <Field id="tl-f-status" label="Status" error={problems.status_id}>
        {(a) => (
          <select
            {...a}
            value={current.status_id}
            onChange={(e) => commit('status_id', { status_id: Number(e.target.value) })}
          >
            {!statuses?.some((s) => s.id === current.status_id) && (
              <option value={current.status_id}>—</option>
            )}
            {(statuses ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="tl-f-priority" label="Priority" error={problems.priority}>
        {(a) => (
          <select
            {...a}
            value={current.priority}
            disabled={!detail}
            onChange={(e) =>
              commit('priority', { priority: e.target.value as (typeof PRIORITIES)[number][0] })
            }
          >
            {PRIORITIES.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="tl-f-project" label="Project" error={problems.project_id}>
        {(a) => (
          <select
            {...a}
            value={current.project_id ?? ''}
            onFocus={projects.want}
            onPointerDown={projects.want}
            onChange={(e) =>
              commit('project_id', { project_id: e.target.value ? Number(e.target.value) : null })
            }
          >
            <option value="">No project</option>
            {projectOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className={problems.assignee_user_ids ? 'field field-invalid' : 'field'}>
        <span className="field-label">Assignees</span>
        <MultiPicker
          label="Assignees"
          placeholder="Add a person…"
          options={
            users
              ? users.map((u) => ({ key: String(u.user_account_id), label: u.name }))
              : [...(names ?? [])].map(([id, name]) => ({ key: String(id), label: name }))
          }
          selected={(current.assignee_user_ids ?? []).map(String)}
          onChange={(keys) => commit('assignee_user_ids', { assignee_user_ids: keys.map(Number) })}
          // As the Timeline's rows name them: the person may have left the organization.
          unknownLabel={(key) => `User ${key}`}
        />
        {pickerError('assignee_user_ids', 'tl-f-assignees-error')}
      </div>
      <div className="tl-edit-row">
        <Field id="tl-f-start" label="Start date" error={problems.start_date}>
          {(a) => (
            <DraftInput
              {...a}
              type="date"
              value={current.start_date ?? ''}
              failures={failures.start_date}
              onDiscard={() => discard('start_date')}
              onCommit={(d) => commit('start_date', { start_date: d || null })}
            />
          )}
        </Field>
        <Field id="tl-f-end" label="End date" error={problems.end_date}>
          {(a) => (
            <DraftInput
              {...a}
              type="date"
              value={current.end_date ?? ''}
              failures={failures.end_date}
              onDiscard={() => discard('end_date')}
              onCommit={(d) => commit('end_date', { end_date: d || null })}
            />
          )}
        </Field>
      </div>
      <div className="tl-edit-row">
        <Field id="tl-f-estimate" label="Estimate (hours)" error={problems.estimated_mins}>
          {(a) => (
            <DraftInput
              {...a}
              type="number"
              value={hoursText(current.estimated_mins)}
              failures={failures.estimated_mins}
              onDiscard={() => discard('estimated_mins')}
              input={{
                min: 0,
                step: 0.5,
                inputMode: 'decimal',
                onKeyDown: (e) => NOT_IN_AN_ESTIMATE.includes(e.key) && e.preventDefault(),
              }}
              onCommit={(hours) => {
                const problem = estimateProblem(hours);
                if (problem) return refuse('estimated_mins', problem);
                commit('estimated_mins', { estimated_mins: minutesOf(hours) });
              }}
            />
          )}
        </Field>
        <Field id="tl-f-estimate-type" label="Estimate is" error={problems.estimate_type}>
          {(a) => (
            <select
              {...a}
              value={current.estimate_type}
              onChange={(e) =>
                commit('estimate_type', { estimate_type: e.target.value as 'total' | 'daily' })
              }
            >
              <option value="total">For the whole task</option>
              <option value="daily">Per day</option>
            </select>
          )}
        </Field>
      </div>
      <div
        className={problems.tag_ids ? 'field field-invalid' : 'field'}
        onFocusCapture={tags.want}
        onPointerDownCapture={tags.want}
      >
        <span className="field-label">Tags</span>
        <MultiPicker
          label="Tags"
          placeholder={detail ? 'Add a tag…' : 'Loading…'}
          options={tagOptions}
          selected={(current.tag_ids ?? []).map(String)}
          onChange={(keys) => detail && commit('tag_ids', { tag_ids: keys.map(Number) })}
          unknownLabel={(key) => `Tag ${key}`}
        />
        {pickerError('tag_ids', 'tl-f-tags-error')}
      </div>
      <Field id="tl-f-notes" label="Notes" error={problems.notes}>
        {(a) => (
          <DraftInput
            {...a}
            multiline
            disabled={!detail}
            value={current.notes ?? ''}
            failures={failures.notes}
            onDiscard={() => discard('notes')}
            onCommit={(notes) => commit('notes', { notes: notes || null })}
          />
        )}
      </Field>
      {problems.form && <p className="field-error">{problems.form}</p>}
    </div>
  );
}
