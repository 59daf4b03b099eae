import type { QueryValue } from '@/api/common';

export type ArchivedFilter = 'active' | 'archived' | 'all';
export type TriState = 'any' | 'yes' | 'no';

/** The list's filters and page, as kept in the URL (so a view can be shared and survives reloads). */
export interface ProjectFilters {
  name: string;
  clientId: number | null;
  pinned: TriState;
  privacy: TriState;
  archived: ArchivedFilter;
  page: number;
}

export const PER_PAGE = 25;

const tri = (v: string | null): TriState => (v === 'yes' || v === 'no' ? v : 'any');

/** Reads filters from URL search params; anything unknown falls back to the default. */
export function filtersFromParams(params: URLSearchParams): ProjectFilters {
  const client = Number(params.get('client'));
  const page = Number(params.get('page'));
  const archived = params.get('archived');
  return {
    name: params.get('name') ?? '',
    clientId: Number.isInteger(client) && client > 0 ? client : null,
    pinned: tri(params.get('pinned')),
    privacy: tri(params.get('private')),
    archived: archived === 'archived' || archived === 'all' ? archived : 'active',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Whether any filter narrows the list (the default shows every active project). */
export function narrows(f: ProjectFilters): boolean {
  return (
    f.name !== '' ||
    f.clientId !== null ||
    f.pinned !== 'any' ||
    f.privacy !== 'any' ||
    f.archived !== 'active'
  );
}

/** Writes filters back, leaving defaults out so the URL stays short. */
export function filtersToParams(f: ProjectFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.name) p.set('name', f.name);
  if (f.clientId) p.set('client', String(f.clientId));
  if (f.pinned !== 'any') p.set('pinned', f.pinned);
  if (f.privacy !== 'any') p.set('private', f.privacy);
  if (f.archived !== 'active') p.set('archived', f.archived);
  if (f.page > 1) p.set('page', String(f.page));
  return p;
}

const triQuery = (t: TriState) => (t === 'any' ? undefined : t === 'yes');

/** The upstream's list query: `archived=` (empty) lists both archived and active projects. */
export function filtersToQuery(f: ProjectFilters): Record<string, QueryValue> {
  return {
    page: f.page,
    per_page: PER_PAGE,
    order_by: '-pinned,name',
    name: f.name.trim() || undefined,
    client_id: f.clientId ? [f.clientId] : undefined,
    pinned: triQuery(f.pinned),
    private: triQuery(f.privacy),
    archived: f.archived === 'active' ? undefined : f.archived === 'archived' ? true : null,
  };
}
