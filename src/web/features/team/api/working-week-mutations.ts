import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { workingHoursListSchema, type WorkingHours } from '@/api/working-hours';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { ApiError } from '@/web/lib/api-error';
import { notifyWriteFailed } from '@/web/lib/notifications';
import { availabilityQueries } from '@/web/lib/queries/availability';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { createIdResolver, type IdResolver } from '../temp-ids';
import { applyWrite, type WeekWrite } from '../week-model';
import { availabilityWriteStarted, availabilityWritten } from './capacity-refresh';

export interface WeekChange {
  write: WeekWrite;
  /** Ids the entries a POST creates are shown under until the server answers (one per body item). */
  temps: number[];
  /** "Monday: 6 h", for the announcement and a failure's message. */
  label: string;
}

/** The body with entries created meanwhile under their server ids; a change to one that failed is refused. */
function resolved(write: WeekWrite, ids: IdResolver): WeekWrite {
  const real = (id: number) => {
    const found = ids.resolve(id);
    if (found === null) throw new ApiError(0, 'unsaved', 'the day it changes was never saved');
    return found;
  };
  if (write.method === 'PUT')
    return { ...write, body: write.body.map((b) => ({ ...b, working_hour_id: real(b.working_hour_id) })) };
  if (write.method === 'DELETE') return { ...write, body: write.body.flatMap((id) => ids.resolve(id) ?? []) };
  return write;
}

/**
 * Changes one person's working week, one request per change: shown at once, rolled back with a message when
 * the server refuses, serialized per person so a quick second change addresses what the first created.
 */
export function useWorkingWeekMutation(scope: WorkspaceScope, userId: number) {
  const qc = useQueryClient();
  const key = availabilityQueries.workingHours(scope.organizationId, userId).queryKey;
  const [ids] = useState(createIdResolver);
  const path = `/organizations/${scope.organizationId}/workinghours/users/${userId}`;

  return useMutation({
    scope: { id: `working-hours-${userId}` },
    mutationFn: async (v: WeekChange) => {
      const write = resolved(v.write, ids);
      if (write.method === 'DELETE') {
        if (write.body.length) await api('focus', path, { method: 'DELETE', body: write.body });
        return [] as WorkingHours[];
      }
      return api('focus', path, { method: write.method, body: write.body, schema: workingHoursListSchema });
    },
    onMutate: async (v) => {
      availabilityWriteStarted();
      await qc.cancelQueries({ queryKey: key });
      const snapshot = qc.getQueryData(key);
      const temps = [...v.temps];
      const context = {
        organizationId: scope.organizationId,
        userId,
        now: new Date().toISOString(),
        tempId: () => temps.shift() ?? 0,
      };
      qc.setQueryData(key, (entries) => applyWrite(entries ?? [], v.write, context));
      return { snapshot };
    },
    onSuccess: (answer, v) => {
      // The server's entries replace the shown ones: created ones by their place in the request.
      const byId = new Map(answer.map((e) => [e.working_hour_id, e]));
      if (v.write.method === 'POST')
        v.temps.forEach((temp, i) => answer[i] && ids.settle(temp, answer[i].working_hour_id));
      qc.setQueryData(key, (entries) =>
        entries?.map((e) => {
          const index = v.temps.indexOf(e.working_hour_id);
          return index >= 0 && answer[index] ? answer[index] : (byId.get(e.working_hour_id) ?? e);
        }),
      );
      useAnnouncer.getState().announce(`Saved ${v.label}`);
    },
    onError: (error, v, ctx) => {
      qc.setQueryData(key, ctx?.snapshot);
      notifyWriteFailed(`Saving ${v.label}`, error);
    },
    onSettled: () => availabilityWritten(qc, scope),
  });
}
