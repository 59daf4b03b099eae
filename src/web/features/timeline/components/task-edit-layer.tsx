import type { OrganizationUser } from '@/api/user';
import type { Status } from '@/api/workspace';
import { ConfirmDialog } from '@/web/components/ui/modal-dialog';
import { organizationQueries } from '@/web/lib/queries/organization';
import { addDays, shiftWithinCalendar } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { useTimelineUi } from '../store';
import type { TaskEditing } from '../use-task-editing';
import { BarMenu } from './bar-menu';
import { CreateTaskDialog } from './create-task-dialog';
import { useOnDemand } from './details/use-on-demand';
import { SelectionBar } from './selection-bar';

interface Props {
  scope: WorkspaceScope;
  editing: TaskEditing;
  users: readonly OrganizationUser[] | undefined;
  statuses: readonly Status[] | undefined;
}

const plural = (n: number) => (n === 1 ? 'task' : 'tasks');

/** What editing shows over the grid: the bar menu, the delete question, the selection bar, the new-task dialog. */
export function TaskEditLayer({ scope, editing, users, statuses }: Props) {
  const menu = useTimelineUi((s) => s.menu);
  const deleteAsked = useTimelineUi((s) => s.deleteAsked);
  const selected = useTimelineUi((s) => s.selected);
  const openTaskId = useTimelineUi((s) => s.openTaskId);
  const ui = useTimelineUi.getState;
  const nameOf = (id: number) => `“${editing.entries.get(id)?.name || 'Untitled'}”`;
  const { actions } = editing;
  const n = selected.length;
  // The people to assign to: the grid's list when it has one, else read when the picker is first used.
  const people = useOnDemand(organizationQueries.users(scope.organizationId));
  const everyone = users ?? people.data;

  return (
    <>
      {menu && (
        <BarMenu
          menu={menu}
          name={nameOf(menu.taskId)}
          onClose={ui().menuClosed}
          items={[
            { label: 'Open details', keys: 'Enter', run: () => ui().barClicked(menu.taskId, false, true) },
            { label: 'Rename', keys: 'F2', run: () => ui().renameStarted(menu.taskId) },
            { label: 'Archive', run: () => editing.archive([menu.taskId]) },
            {
              label: 'Delete…',
              keys: 'Delete',
              danger: true,
              // Cancelled, the question gives the focus back to the bar.
              refocus: true,
              run: () => ui().deleteRequested([menu.taskId]),
            },
          ]}
        />
      )}
      {deleteAsked && (
        <ConfirmDialog
          open
          title={
            deleteAsked.length === 1
              ? `Delete ${nameOf(deleteAsked[0])}?`
              : `Delete ${deleteAsked.length} tasks?`
          }
          message={`The ${plural(deleteAsked.length)} will disappear from every view. Ctrl+Z (Undo) brings ${deleteAsked.length === 1 ? 'it' : 'them'} back.`}
          confirmLabel={deleteAsked.length === 1 ? 'Delete task' : `Delete ${deleteAsked.length} tasks`}
          onCancel={ui().deleteSettled}
          onConfirm={() => {
            ui().deleteSettled();
            editing.remove(deleteAsked);
          }}
        />
      )}
      {n > 0 && (
        <SelectionBar
          count={n}
          panelTwin={n === 1 && selected[0] === openTaskId && editing.entries.has(openTaskId)}
          users={everyone}
          onNeedUsers={people.want}
          statuses={statuses}
          onShift={(days) =>
            actions.patchEach(
              selected,
              (e) => {
                // A task at the calendar's edge (dated 9999-12-31) moves only as far as it can, whole.
                const by = shiftWithinCalendar([{ start: e.start_date, end: e.end_date }], days);
                return { start_date: addDays(e.start_date, by), end_date: addDays(e.end_date, by) };
              },
              {
                label: `Shifted ${n} ${plural(n)} by ${days} day${Math.abs(days) === 1 ? '' : 's'}`,
                what: `Shifting ${n} ${plural(n)}`,
              },
            )
          }
          onAssign={(userId) =>
            actions.patchEach(selected, () => ({ assignee_user_ids: userId ? [userId] : [] }), {
              label: `Assigned ${n} ${plural(n)} to ${userId ? everyone?.find((u) => u.user_account_id === userId)?.name || 'someone' : 'nobody'}`,
              what: `Assigning ${n} ${plural(n)}`,
            })
          }
          onStatus={(statusId) =>
            actions.patchEach(selected, () => ({ status_id: statusId }), {
              label: `Set ${n} ${plural(n)} to ${statuses?.find((s) => s.id === statusId)?.name || 'another status'}`,
              what: `Changing the status of ${n} ${plural(n)}`,
            })
          }
          onArchive={() => editing.archive(selected)}
          onDelete={() => ui().deleteRequested(selected)}
          onClear={ui().selectionCleared}
        />
      )}
      {editing.drawn && (
        <CreateTaskDialog
          scope={scope}
          drawn={editing.drawn}
          onSubmit={editing.submitDrawn}
          onCancel={editing.cancelDrawn}
        />
      )}
    </>
  );
}
