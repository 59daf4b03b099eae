import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProjectWithAggregations } from '@/api/project';
import { RowAction } from '@/web/components/ui/row-action';
import { ConfirmDialog } from '@/web/components/ui/modal-dialog';
import { useProjectAction, type ProjectAction } from '../api/project-mutations';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { projectPageQueries } from '../api/project-queries';
import type { TreeNode } from '../project-tree';
import { useProjectsUi } from '../store';
import { useDateFormat } from '@/web/lib/time/use-date-format';
import { cssColor } from '@/web/lib/css-color';

const hours = (mins: number | null | undefined) =>
  mins == null ? '—' : `${Math.round((mins / 60) * 10) / 10} h`;

interface Props {
  ws: WorkspaceScope;
  node: TreeNode<ProjectWithAggregations>;
  expanded: boolean;
}

/** One project: its facts, and the actions; delete and archive ask first because rows disappear. */
export function ProjectRow({ ws, node, expanded }: Props) {
  const project = node.project;
  // What the row calls it: Toggl's schema lets a name be empty.
  const name = project.name || 'Untitled project';
  const action = useProjectAction(ws, project.id, name);
  const [confirm, setConfirm] = useState<'delete' | 'archive' | null>(null);
  const openEdit = useProjectsUi((s) => s.openEdit);
  const fmt = useDateFormat();
  const toggleCollapsed = useProjectsUi((s) => s.toggleCollapsed);
  // Sub-projects are counted only when a delete is being confirmed: one read, when it matters.
  const children = useQuery({ ...projectPageQueries.children(ws, project.id), enabled: confirm !== null });
  const run = (which: ProjectAction) => action.mutate(which);
  const archived = Boolean(project.archived_at);
  const subCount = children.data?.length ?? 0;

  return (
    <tr data-testid="project-row" data-project-id={project.id} data-depth={node.depth}>
      <td className="pj-name-cell">
        <div className="pj-name" style={{ paddingLeft: node.depth * 20 }}>
          {node.hasChildren ? (
            <button
              type="button"
              className="pj-twisty"
              aria-expanded={expanded}
              aria-label={`${expanded ? 'Collapse' : 'Expand'} sub-projects of ${name}`}
              onClick={() => toggleCollapsed(project.id)}
            >
              {expanded ? '▾' : '▸'}
            </button>
          ) : (
            <span className="pj-twisty-space" aria-hidden="true" />
          )}
          <span
            className="pj-swatch"
            style={{ background: cssColor(project.color, 'var(--border)') }}
            aria-hidden="true"
          />
          <span className="clamp-3" title={name}>
            {name}
            {(node.depth > 0 || node.orphanParentId) && <span className="pj-sub"> sub-project</span>}
          </span>
        </div>
      </td>
      <td data-label="Client">{project.client?.name || '—'}</td>
      <td data-label="Dates">{fmt.range(project.start_date, project.end_date)}</td>
      <td data-label="Estimate">{hours(project.estimated_mins)}</td>
      <td data-label="Pinned">
        <button
          type="button"
          className="btn pj-pin"
          aria-pressed={project.pinned}
          aria-label={`${project.pinned ? 'Unpin' : 'Pin'} ${name}`}
          onClick={() => run(project.pinned ? 'unpin' : 'pin')}
        >
          {project.pinned ? '★' : '☆'}
        </button>
      </td>
      <td data-label="Privacy">{project.private ? 'Private' : 'Public'}</td>
      <td data-label="State">{archived ? <span className="pj-badge">Archived</span> : 'Active'}</td>
      <td className="pj-actions-cell">
        {/* The flex box is inside the cell: a cell that is itself a flex box leaves the table's row. */}
        <div className="pj-actions">
          <Link to={`/projects/${project.id}/members`} aria-label={`Members of ${name}`}>
            Members
          </Link>
          <RowAction label="Edit" target={name} onClick={() => openEdit(project.id)} />
          {archived ? (
            <RowAction label="Unarchive" target={name} onClick={() => run('unarchive')} />
          ) : (
            <RowAction label="Archive" target={name} onClick={() => setConfirm('archive')} />
          )}
          <RowAction label="Delete" target={name} danger onClick={() => setConfirm('delete')} />
        </div>
        <ConfirmDialog
          open={confirm !== null}
          title={confirm === 'delete' ? `Delete “${name}”?` : `Archive “${name}”?`}
          message={
            confirm === 'delete'
              ? `The project leaves every list and the timeline. You can restore it from this page during this session.${subCount ? ` It has ${subCount} sub-project(s).` : ''}`
              : `The project leaves the active list and the timeline until it is unarchived.${subCount ? ` It has ${subCount} sub-project(s).` : ''}`
          }
          confirmLabel={confirm === 'delete' ? 'Delete project' : 'Archive project'}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            if (confirm) run(confirm);
            setConfirm(null);
          }}
        />
      </td>
    </tr>
  );
}
