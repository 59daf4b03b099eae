import { describe, expect, it } from 'vitest';
import { isCompleteRun, parseBenchArgs, PARTS } from './args';

describe('parseBenchArgs', () => {
  it('defaults to every part, the issue sizes and three runs: a complete run', () => {
    const args = parseBenchArgs([]);
    expect([...args.parts]).toEqual([...PARTS]);
    expect(args).toMatchObject({ sizes: [1000, 5000, 10000], runs: 3, quick: false, noBuild: false });
    expect(isCompleteRun(args)).toBe(true);
  });

  it('reads parts ("ours" = timeline and schedule), sizes in k, runs, as "--x v" and "--x=v"', () => {
    const args = parseBenchArgs([
      '--only',
      'ours,peers',
      '--sizes=10k,1k,10000',
      '--runs',
      '5',
      '--no-build',
    ]);
    expect([...args.parts]).toEqual(['timeline', 'schedule', 'peers']);
    expect(args.sizes).toEqual([1000, 10000]);
    expect(args).toMatchObject({ runs: 5, noBuild: true });
    expect(isCompleteRun(args)).toBe(false);
  });

  it('--quick is two sizes and one run, never complete', () => {
    const args = parseBenchArgs(['--quick']);
    expect(args).toMatchObject({ sizes: [1000, 10000], runs: 1, quick: true });
    expect(isCompleteRun(args)).toBe(false);
    expect(isCompleteRun(parseBenchArgs(['--runs', '1']))).toBe(false);
    expect(isCompleteRun(parseBenchArgs(['--sizes', '1k,10k']))).toBe(false);
  });

  it.each([
    [['--only', 'gpu'], /unknown part "gpu"/],
    [['--only'], /needs a value/],
    [['--sizes', '1m'], /bad size/],
    [['--sizes', '0'], /out of range/],
    [['--runs', '0'], /1\.\.15/],
    [['--report'], /needs a value/],
    [['--fast'], /unknown option/],
    [['--help'], /help/],
  ])('rejects %j', (argv, error) => {
    expect(() => parseBenchArgs(argv)).toThrow(error);
  });
});
