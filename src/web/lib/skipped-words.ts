import { plural, type Finding } from '@/api/lenient-findings';
import type { Skipped } from '@/api/lenient';

const count = (n: number, noun: string) => `${n} ${plural(noun, n)}`;

/** "a, b and c": parts joined as a sentence lists them. */
export function listInWords(parts: readonly string[]): string {
  return parts.length < 2
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "3 tasks and 1 person could not be shown because Toggl sent data the planner does not understand." */
export function skippedSentence(skipped: readonly Skipped[]): string {
  const parts = skipped.filter((s) => s.count > 0).map((s) => count(s.count, s.noun));
  return `${listInWords(parts)} could not be shown because Toggl sent data the planner does not understand.`;
}

/** One line per reason, for the curious: "tasks: start_date is missing (2 tasks)". */
export function skippedDetails(skipped: readonly Skipped[]): string[] {
  return skipped.flatMap((s) =>
    s.findings.map((f: Finding) => {
      const examples = f.examples?.length ? ` (${f.examples.map((e) => `"${e}"`).join(', ')})` : '';
      return `${plural(s.noun, 2)}: ${f.field} ${f.problem}${examples}: ${count(f.count, s.noun)}`;
    }),
  );
}
