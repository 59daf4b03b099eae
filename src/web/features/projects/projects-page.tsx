import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useViewParams } from '@/web/lib/use-view-params';
import { PageHead } from '@/web/components/ui/page-head';
import { useFreshness } from '@/web/lib/freshness/use-freshness';
import { queryKeys } from '@/web/lib/query-keys';
import { LoadError } from '@/web/components/ui/load-error';
import { ErrorBoundary } from '@/web/components/ui/error-boundary';
import { SkippedNotice } from '@/web/components/ui/skipped-notice';
import { useWorkspaceScope } from '@/web/lib/workspace';
import { projectPageQueries } from './api/project-queries';
import { DeletedBanner } from './components/deleted-banner';
import { Pager } from './components/pager';
import { ProjectFormDialog } from './components/project-form-dialog';
import { ProjectTable } from './components/project-table';
import { ProjectToolbar } from './components/project-toolbar';
import {
  filtersFromParams,
  filtersToParams,
  narrows,
  PER_PAGE,
  type ProjectFilters,
} from './project-filters';
import { useProjectsUi } from './store';
import './projects.css';

/** Projects of the workspace: filter, page, create, edit, pin, archive, delete and restore. */
export function ProjectsPage() {
  const ws = useWorkspaceScope();
  const [params, setParams] = useViewParams();
  const filters = filtersFromParams(params);
  const listQuery = projectPageQueries.list(ws, filters);
  const list = useQuery({ ...listQuery, placeholderData: keepPreviousData });
  const lookups = [queryKeys.clients(ws), queryKeys.tags(ws), queryKeys.projects.list(ws)];
  const form = useProjectsUi((s) => s.form);
  const openCreate = useProjectsUi((s) => s.openCreate);
  const closeForm = useProjectsUi((s) => s.closeForm);
  // The page of projects is one request: re-read when due, no cheaper question first.
  const freshness = useFreshness({
    view: `projects:${ws.workspaceId}`,
    keys: [queryKeys.projects.pages(ws)],
  });

  const change = useCallback(
    (next: Partial<ProjectFilters>) =>
      setParams((prev) => filtersToParams({ ...filtersFromParams(prev), page: 1, ...next }), {
        replace: true,
      }),
    [setParams],
  );
  const editing = form.mode === 'edit' ? list.data?.data.find((p) => p.id === form.projectId) : undefined;

  return (
    <section className="page pj-page" aria-labelledby="pj-title">
      <PageHead id="pj-title" title="Projects" freshness={freshness} what="the projects" />
      <ErrorBoundary what="the filters" kind="panel" queries={lookups}>
        <ProjectToolbar
          workspaceId={ws.workspaceId}
          filters={filters}
          onChange={change}
          onCreate={openCreate}
        />
      </ErrorBoundary>
      <ErrorBoundary what="the deleted projects" kind="panel">
        <DeletedBanner ws={ws} />
      </ErrorBoundary>
      <SkippedNotice queryKeys={[listQuery.queryKey]} />
      {list.isPending && <p className="page-message">Loading projects…</p>}
      {list.isError && (
        <LoadError what="projects" error={list.error} onRetry={list.refetch} retrying={list.isFetching} />
      )}
      {list.data && (
        <>
          <ProjectTable ws={ws} page={list.data} filtered={narrows(filters)} />
          <Pager
            page={filters.page}
            perPage={PER_PAGE}
            total={list.data.total}
            onPage={(page) => change({ page })}
          />
        </>
      )}
      <ErrorBoundary
        what="the project form"
        kind="panel"
        queries={lookups}
        resetKey={form}
        onClose={closeForm}
      >
        {form.mode === 'create' && <ProjectFormDialog ws={ws} onClose={closeForm} />}
        {editing && <ProjectFormDialog key={editing.id} ws={ws} project={editing} onClose={closeForm} />}
      </ErrorBoundary>
    </section>
  );
}
