import { fieldLabel, plainMessage, serverIssues } from '@/web/lib/plain-errors';

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

function fieldOf(word: string | undefined): ProjectField | undefined {
  if (!word) return undefined;
  if ((PROJECT_FIELDS as readonly string[]).includes(word)) return word as ProjectField;
  return ALIASES[word];
}

/**
 * Spreads a 400's `error_description` over the form's fields so each message sits beside its input, in plain
 * words: "invalid body: name: must not be empty; end_date: ..." (schema issues), "client_id 7 does not
 * exist ..." (reference checks). What names no field of the form goes to `form`.
 */
export function fieldErrorsFrom(description: string): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of serverIssues(description)) {
    const field = fieldOf(issue.field);
    const target: ProjectField | 'form' =
      field ?? (/\bparent\b|own ancestor/.test(issue.message) ? 'parent_project_id' : 'form');
    const label = target === 'estimated_mins' ? 'Estimate' : fieldLabel(field ?? issue.field);
    const text = plainMessage(issue.message, label);
    out[target] = out[target] ? `${out[target]} ${text}` : text;
  }
  return out;
}
