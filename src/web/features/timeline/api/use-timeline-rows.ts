import { hashKey, useInfiniteQuery, useQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { TaskGroup, TaskGroupEntry } from '@/api/task-group';
import { organizationQueries } from '@/web/lib/queries/organization';
import { namesOf, peopleQueries } from '@/web/lib/queries/people';
import { queryKeys, timelineWindowOf } from '@/web/lib/query-keys';
import { projectQueries } from '@/web/lib/queries/projects';
import type { DayRange } from '@/web/lib/time/calendar-day';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { statusQueries, tagQueries } from '@/web/lib/queries/workspace-lists';
import { hasDays, packLanes } from '../lanes';
import { undrawableTasks } from '../undrawable';
import type { ViewState } from '../view-state';
import { pageGroups, timelineQueries, type WindowData } from './timeline-queries';
import { useFetchWindow } from './use-fetch-window';

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

// Per group object (kept by drops that do not touch it, see applyMoves): its packed lanes and its row, so a
// drop or a new page repacks and re-renders only the rows whose data changed.
const rowCache = new WeakMap<TaskGroup, TimelineRow>();
function rowOf(g: TaskGroup, key: string, name: string, color: string | null): TimelineRow {
  const cached = rowCache.get(g);
  if (cached && cached.key === key && cached.name === name && cached.color === color) return cached;
  const tasks = cached?.tasks ?? g.tasks.filter(hasDays);
  // A new name or colour (lookups arrived) keeps the packed lanes of the same group data.
  const { lanes, count } = cached ? { lanes: cached.lanes, count: cached.laneCount } : packLanes(tasks);
  const row = { key, id: g.id, name, color, tasks, lanes, laneCount: count };
  rowCache.set(g, row);
  return row;
}

/** The rows of the view, from the one cached window that holds the visible days; names resolved, lanes packed. */
export function useTimelineRows(
  scope: WorkspaceScope,
  view: ViewState,
  visible: DayRange,
  lookups: boolean,
  needUsers = false,
) {
  const filtersHash = hashKey([view.filters]);
  const same = (key: QueryKey) => hashKey([timelineWindowOf(key).detail]) === filtersHash;
  const fetchWindow = useFetchWindow(queryKeys.timeline.grouping(scope, view.group), same, visible);
  const windowQuery = timelineQueries.window(scope, view.group, fetchWindow, view.filters);
  const query = useInfiniteQuery({
    ...windowQuery,
    // Scrolling into a new window keeps the old rows on screen (same grouping and filters) until it loads.
    placeholderData: (prev: WindowData | undefined, prevQuery) =>
      prevQuery && timelineWindowOf(prevQuery.queryKey).group === view.group && same(prevQuery.queryKey)
        ? prev
        : undefined,
  });
  // The first page (100 rows) fills any viewport: the next one is read when the rows are scrolled near their
  // end (loadMore), never while another read runs. Pages nobody scrolls to cost no request and no memory.
  const { hasNextPage, isFetching, isError, isPlaceholderData, fetchNextPage } = query;
  const canLoadMore = hasNextPage && !isFetching && !isError && !isPlaceholderData;
  const loadMore = useCallback(() => {
    if (canLoadMore) void fetchNextPage();
  }, [canLoadMore, fetchNextPage]);
  const pages = query.data?.pages;
  const groups = useMemo(() => pageGroups(pages ?? []), [pages]);
  // While another window's rows stand in, the view's own rows are still pending.
  const pending = query.isPending || isPlaceholderData;
  const error = query.error;

  // Every request counts against the hourly quota: lookups load only when a row or an open filter needs them.
  // User rows take their names from the workspace's people (one request); filters and the task panel need the
  // organization's users (who is in which group, whom a task can go to).
  const people = useQuery({ ...peopleQueries.list(scope), enabled: view.group === 'users' });
  const users = useQuery({
    ...organizationQueries.users(scope.organizationId),
    enabled: lookups || needUsers,
  });
  const projects = useQuery({
    ...projectQueries.list(scope),
    enabled: lookups,
  });
  // Tag rows take their colour from the tag list once it is read (the filters read it): their names come
  // with the rows, so grouping by tags costs no second request.
  const tags = useQuery({ ...tagQueries.list(scope.workspaceId), enabled: lookups });
  const statuses = useQuery(statusQueries.list(scope.workspaceId));
  // The lookups the view reads (those it has not asked for count nothing in its notice).
  const lookupKeys: QueryKey[] = [
    queryKeys.statuses(scope),
    ...(view.group === 'users' ? [queryKeys.organization.people(scope)] : []),
    ...(lookups || needUsers ? [queryKeys.organization.users(scope.organizationId)] : []),
    ...(lookups ? [queryKeys.projects.list(scope)] : []),
    ...(lookups || view.group === 'tags' ? [queryKeys.tags(scope)] : []),
  ];
  // The reads whose left-out records the view's notice counts.
  const readKeys: QueryKey[] = [windowQuery.queryKey, ...lookupKeys];

  const names = useMemo(() => namesOf(people.data, users.data), [people.data, users.data]);
  const rows = useMemo<TimelineRow[]>(() => {
    const projectColor = new Map((projects.data ?? []).map((p) => [p.id, p.color ?? null]));
    const tagColor = new Map((tags.data ?? []).map((t) => [t.id, t.color ?? null]));
    return groups.map((g) => {
      const none =
        view.group === 'users' ? 'Unassigned' : view.group === 'projects' ? 'No project' : 'No tag';
      const name = !g.id
        ? none
        : view.group === 'users'
          ? (names.get(g.id) ?? `User ${g.id}`)
          : g.name || `#${g.id}`;
      // Project rows take their colour from the project list when loaded, else from their bars' project.
      const color =
        view.group === 'projects'
          ? (projectColor.get(g.id) ?? g.tasks.find((t) => t.project?.color)?.project?.color ?? null)
          : view.group === 'tags'
            ? (tagColor.get(g.id) ?? null)
            : null;
      return rowOf(g, `${view.group}:${g.id}`, name, color);
    });
  }, [groups, names, projects.data, tags.data, view.group]);

  // Only groups whose row dropped some of their tasks are looked through (rows keep what hasDays drew).
  const undrawable = useMemo(
    () => undrawableTasks(groups.filter((g, i) => rows[i]?.tasks.length !== g.tasks.length)),
    [groups, rows],
  );

  const doneStatusIds = useMemo(
    () => new Set((statuses.data ?? []).filter((s) => s.type === 'done').map((s) => s.id)),
    [statuses.data],
  );
  return {
    rows,
    pending,
    /** More rows on the server (the next page is read by loadMore). */
    hasMore: hasNextPage && !isError,
    loadingMore: query.isFetchingNextPage,
    loadMore,
    error,
    retry: () => query.refetch(),
    readKeys,
    lookupKeys,
    fetchWindow,
    doneStatusIds,
    projects: projects.data,
    tags: tags.data,
    statuses: statuses.data,
    users: users.data,
    /** Names by user account id, from whichever of the people and the organization's users are read. */
    names,
    /** Tasks of the rows whose dates cannot be drawn (out of order, no calendar days). */
    undrawable,
  };
}
