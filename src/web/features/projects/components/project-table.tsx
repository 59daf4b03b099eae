import type { ProjectPage } from '@/api/project';
import { DataTable } from '@/web/components/ui/data-table';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { projectTree } from '../project-tree';
import { useProjectsUi } from '../store';
import { ProjectRow } from './project-row';

const COLUMNS = ['Name', 'Client', 'Dates', 'Estimate', 'Pinned', 'Privacy', 'State'];

/** The page of projects as a tree (sub-projects under their parents). */
export function ProjectTable({
  ws,
  page,
  filtered,
}: {
  ws: WorkspaceScope;
  page: ProjectPage;
  filtered: boolean;
}) {
  const collapsed = useProjectsUi((s) => s.collapsed);
  const nodes = projectTree(page.data, collapsed);
  if (nodes.length === 0)
    return (
      <p className="page-message">
        {filtered ? 'No project matches these filters.' : 'This workspace has no active projects yet.'}
      </p>
    );
  return (
    <DataTable className="pj-table" caption="Projects" columns={COLUMNS}>
      {nodes.map((n) => (
        <ProjectRow key={n.project.id} ws={ws} node={n} expanded={!collapsed.has(n.project.id)} />
      ))}
    </DataTable>
  );
}
