/**
 * Validation messages in plain words. The contract's schemas (and the server, which validates with the same
 * schemas) speak zod and field names ("estimated_mins: Too small: expected number to be >=0"); a person reads
 * "Estimate cannot be negative." Both the browser's own checks and a server's 400 go through here, so no raw
 * schema text reaches a user. An unknown text becomes a plain generic sentence, never the text itself.
 */

const LABELS: Record<string, string> = {
  name: 'Name',
  notes: 'Notes',
  description: 'Description',
  estimated_mins: 'Estimate',
  estimate_type: 'Estimate type',
  start_date: 'Start date',
  end_date: 'End date',
  project_id: 'Project',
  status_id: 'Status',
  assignee_user_ids: 'Assignees',
  tag_ids: 'Tags',
  tag_id: 'Tags',
  priority: 'Priority',
  client_id: 'Client',
  parent_project_id: 'Parent project',
  parent_task_id: 'Parent task',
  color: 'Colour',
  private: 'Private',
  task_ids: 'The tasks',
  ids: 'The tasks',
  id: 'The task',
  task: 'The task',
  project: 'The project',
  target_group_id: 'The target row',
  weight: 'The lane',
  start: 'Start',
  duration: 'Duration',
  role_id: 'Role',
  user_ids: 'Members',
  user_id: 'Member',
};

/** The label a person knows a field of the API by ("estimated_mins" → "Estimate"). */
export function fieldLabel(field: string | undefined): string {
  if (!field) return 'This value';
  const known = LABELS[field];
  if (known) return known;
  const words = field.replace(/_ids?$/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Rule = [RegExp, (label: string, m: RegExpExecArray) => string];

const count = (n: string) => (n === '1' ? 'one' : n);

// Order matters: the specific texts first. Each rule gives a whole sentence.
const RULES: Rule[] = [
  [/start_date must not be after end_date/, () => 'The end date cannot be before the start date.'],
  [/must not be empty|expected string to have >=1 characters/, (l) => `${l} cannot be empty.`],
  [
    /expected number to be >=\s*(-?[\d.]+)/,
    (l, m) => (Number(m[1]) === 0 ? `${l} cannot be negative.` : `${l} must be at least ${m[1]}.`),
  ],
  [/must be at least (-?[\d.]+)$/, (l, m) => `${l} must be at least ${m[1]}.`],
  [/expected number to be >\s*(-?[\d.]+)/, (l, m) => `${l} must be more than ${m[1]}.`],
  [/expected number to be <=?\s*(-?[\d.]+)/, (l, m) => `${l} is too large (at most ${m[1]}).`],
  [
    /(?:expected string to have <=|must be at most )(\d+) characters/,
    (l, m) => `${l} can be at most ${m[1]} characters long.`,
  ],
  [/expected string to have >=(\d+) characters/, (l, m) => `${l} needs at least ${m[1]} characters.`],
  [
    /(?:expected array to have >=|must hold at least |must list at least )(\d+)/,
    (l, m) => `${l} needs at least ${count(m[1])}.`,
  ],
  [
    /(?:expected array to have <=|must hold at most |must list at most )(\d+)/,
    (l, m) => `${l}: at most ${m[1]} at a time.`,
  ],
  [
    /expected int, received number|must be an integer|must be a positive integer/,
    (l) => `${l} must be a whole number.`,
  ],
  [/expected (?:number|int), received/, (l) => `${l} must be a number.`],
  [/received (?:undefined|null)|is required|'required' tag|the required tag/, (l) => `${l} is required.`],
  [/expected boolean/, (l) => `${l} must be yes or no.`],
  [/Invalid option|unknown value/, (l) => `${l} is not one of the choices.`],
  [/must be a date/, (l) => `${l} must be a date.`],
  [/RFC 3339|timestamp/, (l) => `${l} must be a date and time.`],
  [/must not repeat|duplicate id/, (l) => `${l} lists the same item twice.`],
  [/sub-task of itself/, () => 'A task cannot be a sub-task of itself.'],
  [/own parent|own ancestor/, () => 'A project cannot be inside itself.'],
  [
    /unknown (?:id|task|project|user|tag)|does not exist/,
    (l) => `${l} no longer exists (it may have been deleted). Refresh and try again.`,
  ],
  [
    /request body is required|valid JSON|Body cannot be empty/,
    () => 'The request was incomplete. Try again.',
  ],
];

/** One validation message about a field (`label`) as a plain sentence. */
export function plainMessage(message: string, label = 'This value'): string {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(message);
    if (m) return say(label, m);
  }
  return `${label} was not accepted.`;
}

/** One issue of a server's 400: the API field it concerns (if it names one) and its text. */
export interface ServerIssue {
  field?: string;
  message: string;
}

const isFieldName = (word: string) => word in LABELS || word.includes('_');

/**
 * The issues of a 400's `error_description`: "invalid body: 0.name: must not be empty; end_date: …" (schema
 * issues, the field is the path's last named segment), "client_id 7 does not exist" (reference checks,
 * named by their first word), "task 5 does not exist" (the thing named first).
 */
export function serverIssues(description: string): ServerIssue[] {
  const body = description.replace(/^invalid (?:body|query|path):\s*/i, '');
  return body
    .split(/;\s*/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const issue = /^([\w.]+):\s*(.+)$/.exec(part);
      if (issue) {
        const field = issue[1]
          .split('.')
          .filter((s) => !/^\d+$/.test(s))
          .pop();
        // A field is an API name (snake case); "ZodError: …" or "Error: …" names no field.
        const named = field && /^[a-z][a-z0-9_]*$/.test(field) && field !== 'body' && field !== 'items';
        return { field: named ? field : undefined, message: issue[2] };
      }
      const lead = /^([a-z_]+)\b/.exec(part)?.[1];
      return {
        field: lead && (isFieldName(lead) || lead === 'task' || lead === 'project') ? lead : undefined,
        message: part,
      };
    });
}

/** A server's 400 description as plain sentences. */
export function plainServerText(description: string): string {
  const issues = serverIssues(description);
  if (!issues.length) return 'The request was not accepted.';
  return [...new Set(issues.map((i) => plainMessage(i.message, fieldLabel(i.field))))].join(' ');
}
