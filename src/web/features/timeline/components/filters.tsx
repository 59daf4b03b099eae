import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useState } from 'react';
import type { Project } from '@/api/project';
import type { Status, Tag } from '@/api/workspace';
import type { OrganizationUser } from '@/api/user';
import { clientQueries } from '@/web/lib/queries/workspace-lists';
import type { Filters, FilterKey } from '../view-state';

interface Props {
  workspaceId: number;
  /** The select filters are shown (their option lists load only then). */
  open: boolean;
  onToggle: () => void;
  filters: Filters;
  projects?: Pick<Project, 'id' | 'name'>[];
  tags?: Tag[];
  statuses?: Status[];
  users?: OrganizationUser[];
  onChange: (f: Filters) => void;
}

/**
 * Project, client, tag, status, assignee, priority and a name search; all kept in the URL. Memoized: React
 * rewrites a controlled input's attributes on every render of its owner, which the page's renders while data
 * arrives would otherwise cause.
 */
export const TimelineFilters = memo(function TimelineFilters({
  workspaceId,
  open,
  onToggle,
  filters,
  projects,
  tags,
  statuses,
  users,
  onChange,
}: Props) {
  const clients = useQuery({ ...clientQueries.list(workspaceId), enabled: open });
  const [search, setSearch] = useState(filters.q ?? '');
  const setFilter = (key: FilterKey, value: string) => onChange({ ...filters, [key]: value || undefined });
  // Search as you type, one request per pause rather than per key.
  useEffect(() => {
    if ((filters.q ?? '') === search) return;
    const timer = window.setTimeout(() => onChange({ ...filters, q: search || undefined }), 400);
    return () => window.clearTimeout(timer);
  }, [search, filters, onChange]);

  const select = (key: FilterKey, label: string, options: { id: number | string; name: string }[]) => (
    <label className="tl-filter">
      <span>{label}</span>
      <select value={filters[key] ?? ''} onChange={(e) => setFilter(key, e.target.value)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="tl-filters" role="search" aria-label="Filter tasks" onSubmit={(e) => e.preventDefault()}>
      <label className="tl-filter tl-search">
        <span>Search</span>
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Task name"
        />
      </label>
      <button
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls="tl-more-filters"
        onClick={onToggle}
      >
        {open ? 'Fewer filters' : 'More filters'}
      </button>
      {open && (
        <div id="tl-more-filters" className="tl-filters-more">
          {select('project', 'Project', projects ?? [])}
          {select('client', 'Client', clients.data ?? [])}
          {select('tag', 'Tag', tags ?? [])}
          {select('status', 'Status', statuses ?? [])}
          {select(
            'assignee',
            'Assignee',
            (users ?? []).map((u) => ({ id: u.user_account_id, name: u.name })),
          )}
          {select(
            'priority',
            'Priority',
            ['none', 'low', 'medium', 'high'].map((p) => ({ id: p, name: p })),
          )}
        </div>
      )}
      {Object.keys(filters).length > 0 && (
        <button
          type="button"
          className="btn"
          onClick={() => {
            setSearch('');
            onChange({});
          }}
        >
          Clear filters
        </button>
      )}
    </form>
  );
});
