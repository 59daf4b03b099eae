import type { CheckReport, ReadResult } from './check';
import { ACCOUNT_READS } from './reads';
import type { Finding, Understanding } from './understand';

const plural = (n: number, word: string) =>
  `${n} ${n === 1 ? word : word.endsWith('s') ? `${word}es` : `${word}s`}`;

const hasProblems = (u?: Understanding) => Boolean(u && (u.unreadable || u.findings.length));

function findingLine(f: Finding, noun?: string): string {
  const examples = f.examples?.length
    ? ` (${f.examples.map((e) => `"${e}"`).join(', ')}${f.count > f.examples.length ? ', …' : ''})`
    : '';
  return `      ${f.field} ${f.problem}${examples}${noun ? `: ${plural(f.count, noun)}` : ''}`;
}

/** Values the planner keeps without knowing them: not a failure, but worth knowing (it shows them as they are). */
function unknownLines(u: Understanding, noun?: string): string[] {
  if (!u.unknown.length) return [];
  return [
    '    ! shown, with values the planner does not know (it treats them as none of the values it knows):',
    ...u.unknown.map((f) => findingLine(f, u.records === undefined ? undefined : (noun ?? 'record'))),
  ];
}

function describeUnderstanding(what: string, u: Understanding, noun?: string): string[] {
  if (!hasProblems(u))
    return [
      `  ✓ ${what}${u.records === undefined ? '' : `: ${plural(u.records, noun ?? 'record')}`}`,
      ...unknownLines(u, noun),
    ];
  const head =
    u.records === undefined
      ? `  ✗ ${what}: the planner cannot read it`
      : `  ✗ ${what}: ${u.unreadable} of ${plural(u.records, noun ?? 'record')} cannot be read by the planner (it leaves them out)`;
  return [
    head,
    ...u.findings.map((f) => findingLine(f, u.records === undefined ? undefined : (noun ?? 'record'))),
    ...unknownLines(u, noun),
  ];
}

function describeRead(r: ReadResult): string[] {
  if (r.error) return [`  ✗ ${r.what}: ${r.error}`];
  if (r.note) return [`  – ${r.what}: ${r.note}`];
  if (!r.nested || (!hasProblems(r.nested.understanding) && !r.nested.understanding.unknown.length))
    return describeUnderstanding(r.what, r.understanding!, r.noun);
  // The nested records (tasks) say what is wrong inside the groups; the group line keeps the rest.
  return [
    ...describeUnderstanding(r.what, r.understanding!, r.noun),
    ...describeUnderstanding(`  ${r.nested.noun}s in them`, r.nested.understanding, r.nested.noun),
  ];
}

const readFailed = (x: ReadResult) =>
  Boolean(x.error) || hasProblems(x.understanding) || hasProblems(x.nested?.understanding);

/** Whether the planner understood everything it read (and the check got to its end). */
export const understoodAll = (r: CheckReport) => !r.stopped && !r.reads.some(readFailed);

/**
 * The report in plain words, one line each. It holds no credentials and no values from the account but enum words
 * the planner does not know and a time zone it cannot use.
 */
export function formatReport(r: CheckReport): string[] {
  const lines: string[] = [];
  r.reads.forEach((read, i) => {
    if (i === ACCOUNT_READS.length && r.workspace)
      lines.push(
        `  (workspace ${r.workspace.id} of organization ${r.workspace.organizationId}, as the planner would open it)`,
      );
    lines.push(...describeRead(read));
  });
  if (r.stopped) lines.push(`  Stopped: ${r.stopped}`);
  const quota =
    r.quotaRemaining === undefined
      ? ''
      : ` Toggl says ${plural(r.quotaRemaining, 'request')} remain this hour.`;
  lines.push('', `Made ${plural(r.requests, 'request')} of at most ${r.budget}.${quota}`);
  const problems = r.reads.filter(readFailed).length;
  lines.push(
    r.stopped
      ? 'Result: the check could not finish; see above.'
      : problems
        ? `Result: the planner could not understand ${plural(problems, 'read')}; see the ✗ lines above.`
        : 'Result: the planner understood everything it read.',
  );
  return lines;
}
