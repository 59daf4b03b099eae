import { ModalDialog } from '@/web/components/ui/modal-dialog';
import type { MoveVars } from '../api/use-timeline-mutations';
import { removeOnlyFrom } from '../dnd/unassign';
import { useTimelineUi, type UnassignQuestion } from '../store';

interface Props {
  nameOf: (userId: number) => string;
  commit: (v: MoveVars) => void;
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * A drop onto Unassigned of a task others are assigned to: on the users grouping the API clears every
 * assignee then, so the user chooses between that and taking only the dragged row's person off (one PATCH
 * either way). The safer choice has the focus; Escape cancels and nothing is sent.
 */
export function UnassignDialog(props: Props) {
  const question = useTimelineUi((s) => s.unassignQuestion);
  const answered = useTimelineUi((s) => s.unassignAnswered);
  return (
    <ModalDialog
      open={question !== null}
      title="Move to Unassigned?"
      onClose={answered}
      className="tl-unassign"
    >
      {question && <Choices {...props} question={question} answered={answered} />}
    </ModalDialog>
  );
}

function Choices({
  nameOf,
  commit,
  question,
  answered,
}: Props & { question: UnassignQuestion; answered: () => void }) {
  const { shared, items, label, warning } = question;
  const from = list([...new Set(shared.map((s) => nameOf(s.from)))]);
  const send = (chosen: MoveVars['items'], what: string) => {
    answered();
    commit({ group: 'users', items: chosen, label: what, history: 'record', warning });
  };
  const one = shared.length === 1 ? shared[0] : null;
  const others = (s: (typeof shared)[number]) => list(s.others.map(nameOf)) || 'a team';
  return (
    <>
      {one ? (
        <p>
          ‘{one.name}’ is also assigned to {others(one)}. Unassigned means nobody: moving it there takes
          everyone off it, not only {from}.
        </p>
      ) : (
        <>
          <p>
            {shared.length} of these tasks have other assignees too. Unassigned means nobody: moving them
            there takes everyone off them, not only {from}.
          </p>
          <ul>
            {shared.map((s) => (
              <li key={s.id}>
                ‘{s.name}’: also {others(s)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={answered}>
          Cancel
        </button>
        <button type="button" className="btn" onClick={() => send(items, label)}>
          Unassign everyone
        </button>
        <button
          type="button"
          className="btn btn-primary"
          data-autofocus
          onClick={() =>
            send(
              removeOnlyFrom(items, shared),
              one
                ? `Took ${from} off ‘${one.name}’; it stays with ${others(one)}`
                : `Took ${from} off ${shared.length} tasks; they stay with their other assignees`,
            )
          }
        >
          Take only {from} off
        </button>
      </div>
    </>
  );
}
