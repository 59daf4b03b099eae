import { demoOptions, type GenerateOptions } from './generate';

export interface GenerateCliArgs {
  /** Database file to create. */
  db: string;
  /** Replace an existing file instead of refusing. */
  force: boolean;
  help: boolean;
  options: GenerateOptions;
}

export const GENERATE_USAGE = `Usage: npm run seed -- [options]
  --tasks N          tasks to create (default 160)
  --time-blocks M    time blocks to create (default 380)
  --users U          users, the demo account included (default 12)
  --projects P       projects (default 6)
  --block-days D     days from the start of this ISO week over which blocks spread (default 14)
  --seed S           random seed, same seed and day give the same data (default 20261124)
  --db PATH          database file to create (default data/generated-<tasks>-<time-blocks>.db)
  --force            replace PATH if it exists
  --help             this text`;

type NumericFlag = 'tasks' | 'timeBlocks' | 'users' | 'projects' | 'blockSpreadDays' | 'seed';

/** Flag -> option and its bounds: big enough for benchmarks, small enough to fail fast on a typo. */
const NUMERIC: Record<string, { key: NumericFlag; min: number; max: number }> = {
  '--tasks': { key: 'tasks', min: 0, max: 1_000_000 },
  '--time-blocks': { key: 'timeBlocks', min: 0, max: 10_000_000 },
  '--users': { key: 'users', min: 1, max: 10_000 },
  '--projects': { key: 'projects', min: 0, max: 10_000 },
  '--block-days': { key: 'blockSpreadDays', min: 1, max: 366 },
  '--seed': { key: 'seed', min: 0, max: 2 ** 32 - 1 },
};

/**
 * Parses `npm run seed` arguments (`--flag value` or `--flag=value`). Throws an Error naming the problem
 * for unknown flags, missing values and numbers out of range.
 */
export function parseGenerateArgs(argv: readonly string[], today: string): GenerateCliArgs {
  const options = demoOptions(today);
  let db: string | undefined;
  let force = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? splitOnce(argv[i]) : [argv[i], undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--')))
        throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--force' || flag === '--help' || flag === '-h') {
      if (inline !== undefined) throw new Error(`${flag} takes no value`);
      if (flag === '--force') force = true;
      else help = true;
    } else if (flag === '--db') {
      db = value();
      if (db.trim() === '') throw new Error('--db needs a path');
    } else if (flag in NUMERIC) {
      const { key, min, max } = NUMERIC[flag];
      const raw = value();
      if (!/^\d+$/.test(raw)) throw new Error(`${flag} must be a whole number, got "${raw}"`);
      const n = Number(raw);
      if (n < min || n > max) throw new Error(`${flag} must be between ${min} and ${max}, got ${n}`);
      options[key] = n;
    } else {
      throw new Error(`unknown option "${argv[i]}"`);
    }
  }
  return {
    db: db ?? `data/generated-${options.tasks}-${options.timeBlocks}.db`,
    force,
    help,
    options,
  };
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}
