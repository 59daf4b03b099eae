import { TIMELINE_SIZES } from './datasets';

export const PARTS = ['server', 'bundle', 'timeline', 'peers', 'schedule', 'trace', 'session'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchArgs {
  parts: Set<Part>;
  /** Task counts of the Timeline and peer datasets. */
  sizes: number[];
  /** Fresh-browser runs per measurement (the medians are over these). */
  runs: number;
  /** --quick: fewer sizes, one run, shorter server load tests. */
  quick: boolean;
  /** Skip `vite build` of the app (use the dist/ that is there, which must have its source maps). */
  noBuild: boolean;
  /** Re-render BENCHMARKS.md from a saved results file instead of measuring. */
  reportFrom?: string;
}

export const USAGE = `Usage: npm run bench -- [--only PARTS] [--sizes 1k,5k,10k] [--runs N] [--quick] [--no-build]
  --only PARTS  run only these parts (comma-separated): ${PARTS.join(', ')}
                ("ours" = timeline,schedule). A partial run writes bench/results/partial-<parts>.json and
                prints its tables; only a complete run writes bench/results/full.json and BENCHMARKS.md.
  --sizes LIST  Timeline/peer dataset sizes (default 1k,5k,10k)
  --runs N      fresh-browser runs per measurement, medians over them (default 3)
  --quick       --sizes 1k,10k --runs 1 and shorter server load tests
  --no-build    reuse dist/ instead of running vite build first
  --report F    only re-render BENCHMARKS.md from a results file (after editing bench/analysis.md)`;

const SIZE = /^(\d+)(k?)$/;

function parseSize(text: string): number {
  const m = SIZE.exec(text.trim());
  if (!m) throw new Error(`bad size "${text}" (use 1000 or 1k)`);
  const n = Number(m[1]) * (m[2] ? 1000 : 1);
  if (n < 1 || n > 100_000) throw new Error(`size ${n} out of range (1..100k)`);
  return n;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    parts: new Set(PARTS),
    sizes: [...TIMELINE_SIZES],
    runs: 3,
    quick: false,
    noBuild: false,
  };
  const value = (i: number, flag: string) => {
    const v = argv[i];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const [a, inline] =
      argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i]];
    const next = () => inline ?? value(++i, a);
    if (a === '--quick') {
      args.sizes = [1_000, 10_000];
      args.runs = 1;
      args.quick = true;
    } else if (a === '--no-build') args.noBuild = true;
    else if (a === '--report') args.reportFrom = next();
    else if (a === '--sizes')
      args.sizes = [...new Set(next().split(',').map(parseSize))].sort((x, y) => x - y);
    else if (a === '--runs') {
      const n = Number(next());
      if (!Number.isInteger(n) || n < 1 || n > 15) throw new Error('--runs must be 1..15');
      args.runs = n;
    } else if (a === '--only') {
      const parts = next()
        .split(',')
        .map((p) => p.trim())
        .flatMap((p) => (p === 'ours' ? ['timeline', 'schedule'] : [p]));
      for (const p of parts)
        if (!(PARTS as readonly string[]).includes(p)) throw new Error(`unknown part "${p}"`);
      args.parts = new Set(parts as Part[]);
    } else if (a === '--help' || a === '-h') throw new Error('help');
    else throw new Error(`unknown option "${argv[i]}"`);
  }
  return args;
}

/** A complete run: every part, the sizes and 3 runs. Only such a run replaces full.json and BENCHMARKS.md. */
export function isCompleteRun(args: BenchArgs): boolean {
  return (
    args.parts.size === PARTS.length &&
    args.runs >= 3 &&
    TIMELINE_SIZES.every((n) => args.sizes.includes(n)) &&
    !args.quick
  );
}
