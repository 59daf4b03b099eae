import { useQueryClient } from '@tanstack/react-query';
import { ErrorBoundary } from '@/web/components/ui/error-boundary';
import { ModalDialog } from '@/web/components/ui/modal-dialog';
import { queryKeys } from '@/web/lib/query-keys';
import type { Day } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { editorClosed } from '../api/capacity-refresh';
import { TimeOffEditor } from './time-off-editor';
import { WorkingWeekEditor } from './working-week-editor';

export interface EditedPerson {
  id: number;
  name: string;
  usualHours: number;
}

interface Props {
  scope: WorkspaceScope;
  person: EditedPerson | null;
  canEditWeek: boolean;
  canManageTimeOff: boolean;
  zone: string;
  today: Day;
}

/** A person's working week and time off; closing it refreshes the loads once if anything changed. */
export function AvailabilityDialog({ scope, person, canEditWeek, canManageTimeOff, zone, today }: Props) {
  const qc = useQueryClient();
  const close = () => editorClosed(qc, scope);
  return (
    <ModalDialog
      open={person !== null}
      title={person ? `Working week and time off of ${person.name}` : ''}
      onClose={close}
      className="tm-dialog"
    >
      {person ? (
        <>
          <WorkingWeekEditor scope={scope} person={person} canEdit={canEditWeek} />
          {canManageTimeOff ? (
            // A failure in the time off costs that part of the dialog only: the working week stays usable.
            <ErrorBoundary
              what="the time off"
              kind="panel"
              queries={[queryKeys.availability.timeOff(scope.organizationId)]}
              resetKey={person.id}
            >
              <TimeOffEditor scope={scope} person={person} zone={zone} today={today} />
            </ErrorBoundary>
          ) : (
            <p className="tm-note">Only organization owners and admins can see and change time off.</p>
          )}
          <div className="modal-actions">
            <button type="button" className="btn" onClick={close}>
              Close
            </button>
          </div>
        </>
      ) : null}
    </ModalDialog>
  );
}
