import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1];
    return `${pretty ?? 'Linux'} (kernel ${execFileSync('uname', ['-r']).toString().trim()})`;
  } catch {
    return `${process.platform} ${process.arch}`;
  }
}

function installed(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'not installed';
  }
}

export interface MachineInfo {
  nproc: number;
  memoryGiB: number;
  cpu: string;
  os: string;
  node: string;
  chromium: string;
  planner: string;
  packages: Record<string, string>;
  gitCommit: string;
}

/** The machine and the versions the figures were measured with. */
export function machineInfo(chromiumVersion: string): MachineInfo {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const names = [
    'react',
    'react-dom',
    '@tanstack/react-query',
    '@tanstack/react-virtual',
    '@dnd-kit/core',
    'vite',
    'fastify',
    'better-sqlite3',
    'undici',
    'dhtmlx-gantt',
    'frappe-gantt',
    '@svar-ui/react-gantt',
    'autocannon',
    '@playwright/test',
  ];
  let gitCommit = 'unknown';
  try {
    gitCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    // not a checkout
  }
  return {
    nproc: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    os: osName(),
    node: process.version,
    chromium: chromiumVersion,
    planner: pkg.version,
    packages: Object.fromEntries(names.map((n) => [n, installed(n)])),
    gitCommit,
  };
}
