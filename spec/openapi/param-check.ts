import { formatProblem } from './formats';
import type { Issue, Parameter } from './types';

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** Problems of one scalar string value against a (parameter or items) schema. */
function scalarProblem(p: Pick<Parameter, 'type' | 'format' | 'enum' | 'minimum' | 'maximum'>, raw: string) {
  if (p.type === 'integer' || p.type === 'number') {
    if (!(p.type === 'integer' ? INTEGER : NUMBER).test(raw))
      return `must be ${p.type === 'integer' ? 'an integer' : 'a number'} (got ${JSON.stringify(raw.slice(0, 40))})`;
    const n = Number(raw);
    if (p.minimum !== undefined && n < p.minimum) return `must be at least ${p.minimum}`;
    if (p.maximum !== undefined && n > p.maximum) return `must be at most ${p.maximum}`;
  }
  if (p.type === 'boolean' && raw !== 'true' && raw !== 'false')
    return `must be true or false (got ${JSON.stringify(raw.slice(0, 40))})`;
  if (p.enum && !p.enum.map(String).includes(raw))
    return `must be one of ${p.enum.join(', ')} (got ${JSON.stringify(raw.slice(0, 40))})`;
  return p.type === 'string' || p.type === undefined ? formatProblem(p.format, raw) : undefined;
}

/**
 * Problems of a path or query value (`raw` as sent, percent-decoded). Arrays are comma-separated
 * (`collectionFormat: csv`); an empty item is allowed only where the parameter is `x-nullable`
 * (`project_id=` = "no project").
 */
export function checkParam(p: Parameter, raw: string, where: string): Issue[] {
  const path = `${where}.${p.name}`;
  if (p.type !== 'array') {
    const problem = scalarProblem(p, raw);
    return problem ? [{ path, message: problem }] : [];
  }
  if (raw === '')
    return p['x-nullable'] ? [] : [{ path, message: 'empty value (an empty list is left out)' }];
  const issues: Issue[] = [];
  raw.split(',').forEach((item, i) => {
    if (item === '') {
      if (!p['x-nullable'])
        issues.push({ path: `${path}[${i}]`, message: 'empty item in a comma-separated list' });
      return;
    }
    const problem = scalarProblem({ ...p.items, type: p.items?.type ?? 'string' }, item);
    if (problem) issues.push({ path: `${path}[${i}]`, message: problem });
  });
  return issues;
}
