import { describe, expect, it } from 'vitest';
import { demoOptions } from './generate';
import { parseGenerateArgs } from './generate-args';

const TODAY = '2026-11-24';

describe('parseGenerateArgs', () => {
  it('defaults to the demo sizes and a path named after them', () => {
    const args = parseGenerateArgs([], TODAY);
    expect(args.options).toEqual(demoOptions(TODAY));
    expect(args).toMatchObject({ db: 'data/generated-160-380.db', force: false, help: false });
  });

  it('reads every flag, as "--flag value" and "--flag=value"', () => {
    const args = parseGenerateArgs(
      [
        '--tasks',
        '2000',
        '--time-blocks=100000',
        '--users',
        '50',
        '--projects=12',
        '--block-days',
        '7',
        '--seed',
        '42',
        '--db',
        '/tmp/x.db',
        '--force',
      ],
      TODAY,
    );
    expect(args.options).toMatchObject({
      tasks: 2000,
      timeBlocks: 100000,
      users: 50,
      projects: 12,
      blockSpreadDays: 7,
      seed: 42,
      today: TODAY,
    });
    expect(args).toMatchObject({ db: '/tmp/x.db', force: true });
  });

  it('recognises --help', () => {
    expect(parseGenerateArgs(['--help'], TODAY).help).toBe(true);
  });

  it.each([
    [['--tasks'], /needs a value/],
    [['--tasks', '--force'], /needs a value/],
    [['--tasks', '-5'], /whole number/],
    [['--tasks', '1e3'], /whole number/],
    [['--time-blocks', '12.5'], /whole number/],
    [['--users', '0'], /between 1 and/],
    [['--block-days', '400'], /between 1 and 366/],
    [['--bogus', '1'], /unknown option/],
    [['tasks=5'], /unknown option/],
    [['--force=yes'], /takes no value/],
    [['--db', ''], /needs a path/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseGenerateArgs(argv, TODAY)).toThrow(message);
  });
});
