import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { timeOffListSchema, type TimeOff, type TimeOffType } from '@/api/time-off';
import { useAnnouncer } from '@/web/components/ui/announcer';
import { api } from '@/web/lib/api-client';
import { ApiError } from '@/web/lib/api-error';
import { notifyWriteFailed } from '@/web/lib/notifications';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { createIdResolver } from '../temp-ids';
import { availabilityWriteStarted, availabilityWritten } from './capacity-refresh';

export interface TimeOffValues {
  start_time: string;
  end_time: string;
  type: TimeOffType;
}

const byStart = (a: TimeOff, b: TimeOff) => a.start_time.localeCompare(b.start_time);

/**
 * Creates, changes and deletes one person's time off, one request each (a one-element batch): shown at once,
 * rolled back with the server's reason when refused (an overlap is a 409), serialized per person. `key` is
 * the list on screen, which every write updates in place.
 */
export function useTimeOffMutations(scope: WorkspaceScope, userId: number, key: QueryKey) {
  const qc = useQueryClient();
  const [ids] = useState(createIdResolver);
  const path = `/organizations/${scope.organizationId}/timeoff/users/${userId}`;
  const mutationScope = { id: `time-off-${userId}` };
  const say = (text: string) => useAnnouncer.getState().announce(text);
  const list = () => qc.getQueryData<TimeOff[]>(key);
  const edit = async (change: (entries: TimeOff[]) => TimeOff[]) => {
    availabilityWriteStarted();
    await qc.cancelQueries({ queryKey: key });
    const snapshot = list();
    qc.setQueryData<TimeOff[]>(key, (entries) => change(entries ?? []).sort(byStart));
    return { snapshot };
  };
  const real = (id: number) => {
    const found = ids.resolve(id);
    if (found === null) throw new ApiError(0, 'unsaved', 'the time off was never saved');
    return found;
  };
  const failed =
    (what: string) => (error: unknown, _v: unknown, ctx: { snapshot?: TimeOff[] } | undefined) => {
      qc.setQueryData(key, ctx?.snapshot);
      notifyWriteFailed(what, error);
    };
  const settled = () => availabilityWritten(qc, scope);

  const create = useMutation({
    scope: mutationScope,
    mutationFn: (v: { values: TimeOffValues; temp: number; label: string }) =>
      api('focus', path, { method: 'POST', body: [v.values], schema: timeOffListSchema }),
    onMutate: (v) =>
      edit((entries) => [
        ...entries,
        {
          ...v.values,
          timeoff_id: v.temp,
          user_id: userId,
          organization_id: scope.organizationId,
          created_at: '',
          updated_at: '',
        },
      ]),
    onSuccess: ([created], v) => {
      if (created) ids.settle(v.temp, created.timeoff_id);
      qc.setQueryData<TimeOff[]>(key, (entries) =>
        entries?.map((e) => (e.timeoff_id === v.temp && created ? created : e)),
      );
      say(`Added ${v.label}`);
    },
    onError: (error, v, ctx) => failed(`Adding ${v.label}`)(error, v, ctx),
    onSettled: settled,
  });

  const update = useMutation({
    scope: mutationScope,
    mutationFn: async (v: { id: number; values: TimeOffValues; label: string }) => {
      const answer = await api('focus', path, {
        method: 'PUT',
        body: [{ timeoff_id: real(v.id), ...v.values }],
        schema: timeOffListSchema,
      });
      // The upstream skips an id that is gone (deleted elsewhere) and answers what it updated.
      if (!answer.length) throw new ApiError(404, 'not_found', 'this time off no longer exists');
      return answer[0];
    },
    onMutate: (v) =>
      edit((entries) => entries.map((e) => (e.timeoff_id === v.id ? { ...e, ...v.values } : e))),
    onSuccess: (saved, v) => {
      qc.setQueryData<TimeOff[]>(key, (entries) => entries?.map((e) => (e.timeoff_id === v.id ? saved : e)));
      say(`Saved ${v.label}`);
    },
    onError: (error, v, ctx) => failed(`Saving ${v.label}`)(error, v, ctx),
    onSettled: settled,
  });

  const remove = useMutation({
    scope: mutationScope,
    mutationFn: (v: { id: number; label: string }) =>
      api('focus', path, { method: 'DELETE', body: [real(v.id)] }),
    onMutate: (v) => edit((entries) => entries.filter((e) => e.timeoff_id !== v.id)),
    onSuccess: (_d, v) => say(`Deleted ${v.label}`),
    onError: (error, v, ctx) => failed(`Deleting ${v.label}`)(error, v, ctx),
    onSettled: settled,
  });

  return { create, update, remove };
}
