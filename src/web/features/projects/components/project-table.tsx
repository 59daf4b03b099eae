import type { ProjectPage } from '@/api/project';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { projectTree } from '../project-tree';
import { useProjectsUi } from '../store';
import { ProjectRow } from './project-row';

/** The page of projects as a tree (sub-projects under their parents). */
export function ProjectTable({ ws, page }: { ws: WorkspaceScope; page: ProjectPage }) {
  const collapsed = useProjectsUi((s) => s.collapsed);
  const nodes = projectTree(page.data, collapsed);
  if (nodes.length === 0) return <p className="page-message">No project matches these filters.</p>;
  return (
    <table className="data-table pj-table stack-narrow">
      <caption className="sr-only">Projects</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Client</th>
          <th scope="col">Dates</th>
          <th scope="col">Estimate</th>
          <th scope="col">Pinned</th>
          <th scope="col">Privacy</th>
          <th scope="col">State</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {nodes.map((n) => (
          <ProjectRow key={n.project.id} ws={ws} node={n} expanded={!collapsed.has(n.project.id)} />
        ))}
      </tbody>
    </table>
  );
}
