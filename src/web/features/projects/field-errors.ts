/** The project form's fields, named as the API names them. */
export const PROJECT_FIELDS = [
  'name',
  'color',
  'client_id',
  'start_date',
  'end_date',
  'estimated_mins',
  'private',
  'parent_project_id',
  'tag_ids',
] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];
export type FieldErrors = Partial<Record<ProjectField | 'form', string>>;

const ALIASES: Record<string, ProjectField> = { tag_id: 'tag_ids', parent: 'parent_project_id' };

function fieldOf(word: string): ProjectField | undefined {
  if ((PROJECT_FIELDS as readonly string[]).includes(word)) return word as ProjectField;
  return ALIASES[word];
}

/**
 * Spreads a 400's `error_description` over the form's fields so each message sits beside its input:
 * "invalid body: name: must not be empty; end_date: ..." (schema issues), "client_id 7 does not exist ..."
 * (reference checks). What names no field goes to `form`.
 */
export function fieldErrorsFrom(description: string): FieldErrors {
  const out: FieldErrors = {};
  const body = description.replace(/^invalid body:\s*/i, '');
  for (const raw of body.split(/;\s*/)) {
    const part = raw.trim();
    if (!part) continue;
    const issue = /^([a-z_]+)(?:\.\d+)*:\s*(.+)$/.exec(part);
    const lead = /^([a-z_]+)\b/.exec(part);
    const field = issue ? fieldOf(issue[1]) : lead ? fieldOf(lead[1]) : undefined;
    const target: ProjectField | 'form' = field ?? (/\bparent\b/.test(part) ? 'parent_project_id' : 'form');
    const text = issue && field ? issue[2] : part;
    out[target] = out[target] ? `${out[target]}; ${text}` : text;
  }
  return out;
}
