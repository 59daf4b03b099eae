import { hasDays } from './lanes';

interface Dated {
  id: number;
  name?: string | null;
  masked?: boolean | null;
  start_date?: string | null;
  end_date?: string | null;
}

/**
 * The tasks of the rows that carry dates the Timeline cannot draw: a day that is no calendar day, or an end before
 * the start (Toggl's schema takes any text). Undated tasks (no dates at all, a backlog) are not among them: they
 * are simply not planned yet. Each task once, however many rows hold it.
 */
export function undrawableTasks(groups: readonly { tasks: readonly Dated[] }[]): Dated[] {
  const seen = new Map<number, Dated>();
  for (const g of groups)
    for (const t of g.tasks)
      if ((t.start_date || t.end_date) && !hasDays(t) && !seen.has(t.id)) seen.set(t.id, t);
  return [...seen.values()];
}

/** The notice for them, or '' when there are none: how many, and up to three names. */
export function undrawableText(tasks: readonly Dated[]): string {
  if (!tasks.length) return '';
  const names = tasks
    .slice(0, 3)
    .map((t) => `‘${t.masked ? 'Private task' : t.name || 'Untitled'}’`)
    .join(', ');
  const more = tasks.length > 3 ? ` and ${tasks.length - 3} more` : '';
  const one = tasks.length === 1;
  return `${one ? '1 task is' : `${tasks.length} tasks are`} not on the timeline: ${one ? 'its dates are' : 'their dates are'} out of order or no calendar days (${names}${more}). Open ${one ? 'it' : 'them'} in Toggl to fix the dates.`;
}
