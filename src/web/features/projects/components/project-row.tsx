import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProjectWithAggregations } from '@/api/project';
import { ConfirmDialog } from '@/web/components/ui/modal-dialog';
import { useProjectAction, type ProjectAction } from '../api/project-mutations';
import type { WorkspaceScope } from '@/web/lib/workspace-scope';
import { projectPageQueries } from '../api/project-queries';
import type { TreeNode } from '../project-tree';
import { useProjectsUi } from '../store';

const hours = (mins: number | null | undefined) =>
  mins == null ? '—' : `${Math.round((mins / 60) * 10) / 10} h`;

interface Props {
  ws: WorkspaceScope;
  node: TreeNode<ProjectWithAggregations>;
  expanded: boolean;
}

/** One project: its facts, and the actions; delete and archive ask first because rows disappear. */
export function ProjectRow({ ws, node, expanded }: Props) {
  const p = node.project;
  const action = useProjectAction(ws, p.id, p.name);
  const [confirm, setConfirm] = useState<'delete' | 'archive' | null>(null);
  const openEdit = useProjectsUi((s) => s.openEdit);
  const toggleCollapsed = useProjectsUi((s) => s.toggleCollapsed);
  // Sub-projects are counted only when a delete is being confirmed: one read, when it matters.
  const children = useQuery({ ...projectPageQueries.children(ws, p.id), enabled: confirm !== null });
  const run = (a: ProjectAction) => action.mutate(a);
  const archived = Boolean(p.archived_at);
  const subCount = children.data?.length ?? 0;

  return (
    <tr data-testid="project-row" data-project-id={p.id} data-depth={node.depth}>
      <td>
        <div className="pj-name" style={{ paddingLeft: node.depth * 20 }}>
          {node.hasChildren ? (
            <button
              type="button"
              className="pj-twisty"
              aria-expanded={expanded}
              aria-label={`${expanded ? 'Collapse' : 'Expand'} sub-projects of ${p.name}`}
              onClick={() => toggleCollapsed(p.id)}
            >
              {expanded ? '▾' : '▸'}
            </button>
          ) : (
            <span className="pj-twisty-space" aria-hidden="true" />
          )}
          <span className="pj-swatch" style={{ background: p.color ?? 'var(--border)' }} aria-hidden="true" />
          <span>
            {p.name}
            {(node.depth > 0 || node.orphanParentId) && <span className="pj-sub"> sub-project</span>}
          </span>
        </div>
      </td>
      <td>{p.client?.name ?? '—'}</td>
      <td>{p.start_date || p.end_date ? `${p.start_date ?? '…'} – ${p.end_date ?? '…'}` : '—'}</td>
      <td>{hours(p.estimated_mins)}</td>
      <td>
        <button
          type="button"
          className="btn pj-pin"
          aria-pressed={p.pinned}
          aria-label={`${p.pinned ? 'Unpin' : 'Pin'} ${p.name}`}
          onClick={() => run(p.pinned ? 'unpin' : 'pin')}
        >
          {p.pinned ? '★' : '☆'}
        </button>
      </td>
      <td>{p.private ? 'Private' : 'Public'}</td>
      <td>{archived ? <span className="pj-badge">Archived</span> : 'Active'}</td>
      <td className="pj-actions">
        <Link to={`/projects/${p.id}/members`} aria-label={`Members of ${p.name}`}>
          Members
        </Link>
        <button type="button" className="btn" aria-label={`Edit ${p.name}`} onClick={() => openEdit(p.id)}>
          Edit
        </button>
        {archived ? (
          <button
            type="button"
            className="btn"
            aria-label={`Unarchive ${p.name}`}
            onClick={() => run('unarchive')}
          >
            Unarchive
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            aria-label={`Archive ${p.name}`}
            onClick={() => setConfirm('archive')}
          >
            Archive
          </button>
        )}
        <button
          type="button"
          className="btn btn-danger"
          aria-label={`Delete ${p.name}`}
          onClick={() => setConfirm('delete')}
        >
          Delete
        </button>
        <ConfirmDialog
          open={confirm !== null}
          title={confirm === 'delete' ? `Delete “${p.name}”?` : `Archive “${p.name}”?`}
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
