export const PARTS = ['server', 'bundle', 'peers', 'ours', 'session'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchArgs {
  quick: boolean;
  parts: Set<Part>;
  /** Skip `vite build` of the app (use the dist/ that is there). */
  noBuild: boolean;
  /** Re-render BENCHMARKS.md from a saved results file instead of measuring. */
  reportFrom?: string;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--only server,bundle,peers,ours,session] [--no-build]
  --quick      two datasets (1k, 10k) and shorter load tests (about 3 min instead of 8 here)
  --only LIST  run only these parts; writes bench/results/<mode>-only-<parts>.json, not BENCHMARKS.md
  --no-build   reuse dist/ instead of running vite build first
  --report F   only re-render BENCHMARKS.md from a results file (after editing bench/analysis.md)`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, parts: new Set(PARTS), noBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--no-build') args.noBuild = true;
    else if (a === '--report') {
      args.reportFrom = argv[++i];
      if (!args.reportFrom) throw new Error('--report needs a results file');
    } else if (a === '--only' || a.startsWith('--only=')) {
      const list = a.includes('=') ? a.slice(7) : argv[++i];
      if (!list) throw new Error('--only needs a list');
      const parts = list.split(',').map((p) => p.trim());
      for (const p of parts)
        if (!(PARTS as readonly string[]).includes(p)) throw new Error(`unknown part "${p}"`);
      args.parts = new Set(parts as Part[]);
    } else if (a === '--help' || a === '-h') throw new Error('help');
    else throw new Error(`unknown option "${a}"`);
  }
  return args;
}
