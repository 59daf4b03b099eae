import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { clientQueries } from '@/web/lib/queries/workspace-lists';
import type { ArchivedFilter, ProjectFilters, TriState } from '../project-filters';
import { ClientOptions } from './client-options';

interface Props {
  workspaceId: number;
  filters: ProjectFilters;
  onChange: (next: Partial<ProjectFilters>) => void;
  onCreate: () => void;
}

/** Filters of the list; the name waits for a pause in typing so each keystroke is not a request. */
export function ProjectToolbar({ workspaceId, filters, onChange, onCreate }: Props) {
  const clients = useQuery(clientQueries.list(workspaceId));
  const [name, setName] = useState(filters.name);
  useEffect(() => {
    if (name === filters.name) return;
    const timer = setTimeout(() => onChange({ name }), 350);
    return () => clearTimeout(timer);
  }, [name, filters.name, onChange]);

  const tri = (label: string, value: TriState, key: 'pinned' | 'privacy', yes: string, no: string) => (
    <label className="pj-filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange({ [key]: e.target.value as TriState })}>
        <option value="any">Any</option>
        <option value="yes">{yes}</option>
        <option value="no">{no}</option>
      </select>
    </label>
  );

  return (
    <div className="pj-toolbar" role="search" aria-label="Filter projects">
      <label className="pj-filter">
        <span>Name</span>
        <input
          type="search"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Search projects"
        />
      </label>
      <label className="pj-filter">
        <span>Client</span>
        <select
          value={filters.clientId ?? ''}
          onChange={(e) => onChange({ clientId: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">All clients</option>
          <ClientOptions clients={clients.data} />
        </select>
      </label>
      {tri('Pinned', filters.pinned, 'pinned', 'Pinned', 'Not pinned')}
      {tri('Privacy', filters.privacy, 'privacy', 'Private', 'Public')}
      <label className="pj-filter">
        <span>State</span>
        <select
          value={filters.archived}
          onChange={(e) => onChange({ archived: e.target.value as ArchivedFilter })}
        >
          <option value="active">Active</option>
          <option value="archived">Archived</option>
          <option value="all">All</option>
        </select>
      </label>
      <button type="button" className="btn btn-primary pj-new" onClick={onCreate}>
        New project
      </button>
    </div>
  );
}
