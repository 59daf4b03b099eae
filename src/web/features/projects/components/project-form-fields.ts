import type { ProjectCreate, ProjectPatch, ProjectWithAggregations } from '@/api/project';
import { hoursText, minutesOf } from '@/web/lib/estimate-hours';

/** What the form edits, as strings the inputs hold. */
export interface ProjectDraft {
  name: string;
  color: string;
  clientId: string;
  startDate: string;
  endDate: string;
  estimateHours: string;
  isPrivate: boolean;
  parentId: string;
  tagIds: number[];
}

export function draftOf(p?: ProjectWithAggregations): ProjectDraft {
  return {
    name: p?.name ?? '',
    color: p?.color && /^#[0-9a-f]{6}$/i.test(p.color) ? p.color : '#7a2c8f',
    clientId: p?.client_id ? String(p.client_id) : '',
    startDate: p?.start_date ?? '',
    endDate: p?.end_date ?? '',
    estimateHours: hoursText(p?.estimated_mins),
    isPrivate: p?.private ?? false,
    parentId: p?.parent_project_id ? String(p.parent_project_id) : '',
    tagIds: p?.tag_ids ?? [],
  };
}

const idOrNull = (v: string) => (v ? Number(v) : null);
const orNull = (v: string) => (v ? v : null);

/** PATCH body: every field sent, cleared ones as null (the server keeps nothing stale). */
export function patchOf(d: ProjectDraft): ProjectPatch {
  return {
    name: d.name,
    color: d.color,
    client_id: idOrNull(d.clientId),
    start_date: orNull(d.startDate),
    end_date: orNull(d.endDate),
    estimated_mins: minutesOf(d.estimateHours),
    private: d.isPrivate,
    parent_project_id: idOrNull(d.parentId),
    tag_ids: d.tagIds,
  };
}

/** POST body: empty fields left out (POST has no null). */
export function createOf(d: ProjectDraft): ProjectCreate {
  const body: ProjectCreate = { name: d.name, color: d.color, private: d.isPrivate, tag_ids: d.tagIds };
  if (d.clientId) body.client_id = Number(d.clientId);
  if (d.startDate) body.start_date = d.startDate;
  if (d.endDate) body.end_date = d.endDate;
  const mins = minutesOf(d.estimateHours);
  if (mins !== null) body.estimated_mins = mins;
  if (d.parentId) body.parent_project_id = Number(d.parentId);
  return body;
}
