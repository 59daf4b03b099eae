import { useState, type FormEvent } from 'react';
import { milestonePayloadSchema, type Milestone, type MilestonePayload } from '@/api/milestone';
import { Field } from '@/web/components/ui/field';
import { ModalDialog } from '@/web/components/ui/modal-dialog';
import type { Day } from '@/web/lib/time/calendar-day';
import { completeOf, deleteOf, editOf, type MilestoneChange } from '../milestone-writes';

interface Props {
  /** The milestone to edit; none to create one on `date`. */
  milestone?: Milestone;
  date?: Day;
  onCreate: (body: MilestonePayload) => void;
  onChange: (c: MilestoneChange | null) => void;
  onClose: () => void;
}

/** The colour a new milestone gets (the API asks for one; the Timeline draws it). */
export const MILESTONE_COLOR = '#d6336c';

/**
 * Create a milestone, or rename, move, complete or delete one: each button is one request. The name and the
 * date are checked with the contract's rules first; a mistake costs no request.
 */
export function MilestoneDialog({ milestone, date, onCreate, onChange, onClose }: Props) {
  const [name, setName] = useState(milestone?.name ?? '');
  const [due, setDue] = useState(milestone?.due_date ?? date ?? '');
  const [problems, setProblems] = useState<{ name?: string; due?: string }>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { name: name.trim(), color: milestone?.color || MILESTONE_COLOR, due_date: due };
    const parsed = milestonePayloadSchema.safeParse(body);
    if (!parsed.success) {
      const bad = new Set(parsed.error.issues.map((i) => i.path[0]));
      setProblems({
        name: bad.has('name') ? 'Give the milestone a name (at most 255 characters).' : undefined,
        due: bad.has('due_date') ? 'Choose a date.' : undefined,
      });
      return;
    }
    if (!milestone) onCreate(parsed.data);
    else
      onChange(
        editOf(
          milestone,
          { name: parsed.data.name, due_date: parsed.data.due_date },
          `Changed milestone “${milestone.name}”`,
          'Saving the milestone',
        ),
      );
    onClose();
  };

  return (
    <ModalDialog open title={milestone ? `Milestone “${milestone.name}”` : 'New milestone'} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field id="milestone-name" label="Name" error={problems.name}>
          {(a) => (
            <input
              {...a}
              value={name}
              onChange={(e) => setName(e.target.value)}
              data-autofocus
              maxLength={255}
            />
          )}
        </Field>
        <Field id="milestone-date" label="Due date" error={problems.due}>
          {(a) => <input {...a} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
        </Field>
        <div className="modal-actions">
          {milestone && (
            <>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  onChange(completeOf(milestone, !milestone.completed_at));
                  onClose();
                }}
              >
                {milestone.completed_at ? 'Reopen' : 'Complete'}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => {
                  onChange(deleteOf(milestone));
                  onClose();
                }}
              >
                Delete
              </button>
            </>
          )}
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            {milestone ? 'Save' : 'Add milestone'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
