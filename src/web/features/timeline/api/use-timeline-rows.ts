import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TaskGroup, TaskGroupEntry } from '../../../../api/task-group';
import { organizationQueries, userNameById } from '../../../lib/queries/organization';
import { projectQueries } from '../../../lib/queries/projects';
import { statusQueries } from '../../../lib/queries/statuses';
import { tagQueries } from '../../../lib/queries/tags';
import { chunksFor, type DayRange } from '../geometry';
import { packLanes } from '../lanes';
import { mergeChunks } from '../timeline-model';
import type { ViewState } from '../view-state';
import { timelineQueries, type TimelineScope } from './timeline-queries';

export interface TimelineRow {
  /** `${grouping}:${id}` (collapse state, React keys). */
  key: string;
  id: number;
  name: string;
  color: string | null;
  tasks: TaskGroupEntry[];
  lanes: Map<number, number>;
  laneCount: number;
}

function combineChunks(results: UseQueryResult<TaskGroup[]>[]) {
  return {
    groups: mergeChunks(results.map((r) => r.data)),
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

/** The rows of the view: every cached quarter of the visible range merged, names resolved, lanes packed. */
export function useTimelineRows(scope: TimelineScope, view: ViewState, visible: DayRange, lookups: boolean, needUsers = false) {
  const chunks = useMemo(() => chunksFor(visible), [visible]);
  const { groups, pending, error } = useQueries({
    queries: chunks.map((c) => timelineQueries.chunk(scope, view.group, c, view.filters)),
    combine: combineChunks,
  });
  // Every request counts against the hourly quota: lookups load only when a row or an open filter needs them.
  const users = useQuery({ ...organizationQueries.users(scope.organizationId), enabled: lookups || needUsers || view.group === 'users' });
  const projects = useQuery({ ...projectQueries.list(scope.organizationId, scope.workspaceId), enabled: lookups });
  const tags = useQuery({ ...tagQueries.list(scope.workspaceId), enabled: lookups || view.group === 'tags' });
  const statuses = useQuery(statusQueries.list(scope.workspaceId));

  const rows = useMemo<TimelineRow[]>(() => {
    const userNames = userNameById(users.data);
    const projectColor = new Map((projects.data ?? []).map((p) => [p.id, p.color ?? null]));
    const tagColor = new Map((tags.data ?? []).map((t) => [t.id, t.color ?? null]));
    return groups.map((g) => {
      const dated = g.tasks.filter((t) => t.start_date && t.end_date);
      const { lanes, count } = packLanes(dated);
      const none = view.group === 'users' ? 'Unassigned' : view.group === 'projects' ? 'No project' : 'No tag';
      const name = !g.id
        ? none
        : view.group === 'users'
          ? (userNames.get(g.id) ?? `User ${g.id}`)
          : (g.name ?? `#${g.id}`);
      // Project rows take their colour from the project list when loaded, else from their bars' project.
      const color =
        view.group === 'projects'
          ? (projectColor.get(g.id) ?? g.tasks.find((t) => t.project?.color)?.project?.color ?? null)
          : view.group === 'tags'
            ? (tagColor.get(g.id) ?? null)
            : null;
      return { key: `${view.group}:${g.id}`, id: g.id, name, color, tasks: dated, lanes, laneCount: count };
    });
  }, [groups, users.data, projects.data, tags.data, view.group]);

  const doneStatusIds = useMemo(
    () => new Set((statuses.data ?? []).filter((s) => s.type === 'done').map((s) => s.id)),
    [statuses.data],
  );
  return { rows, pending, error, doneStatusIds, projects: projects.data, tags: tags.data, statuses: statuses.data, users: users.data };
}
