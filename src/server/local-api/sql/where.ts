/**
 * SQL conditions with their bound parameters, in order. Filters add fixed SQL text; user input only
 * ever travels as parameters.
 */
export class Where {
  readonly clauses: string[] = [];
  readonly args: unknown[] = [];

  add(sql: string, ...args: unknown[]): this {
    this.clauses.push(sql);
    this.args.push(...args);
    return this;
  }

  sql(): string {
    return this.clauses.length ? this.clauses.map((c) => `(${c})`).join(' AND ') : '1';
  }
}
