import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findBrowser, type FoundBrowser } from './find-browser';

/** One way of obtaining a browser, tried in order until a browser is found. */
export interface InstallStep {
  label: string;
  command: string;
  args: string[];
}

export interface HostFacts {
  /** Running as root, or sudo works without a password. */
  privileged: 'root' | 'sudo' | false;
  /** Debian, Ubuntu or a derivative, with apt-get. */
  debianLike: boolean;
}

/** The install steps worth trying on this host: Playwright's download first, then the distribution's package. */
export function installSteps(host: HostFacts): InstallStep[] {
  const steps: InstallStep[] = [
    { label: "Playwright's Chromium download", command: 'npx', args: ['playwright', 'install', 'chromium'] },
  ];
  if (host.debianLike && host.privileged) {
    const sudo = host.privileged === 'sudo' ? ['sudo', '-n'] : [];
    const apt = (args: string[]) => {
      const [command, ...rest] = [...sudo, 'apt-get', ...args];
      return { command: command!, args: rest };
    };
    steps.push({ label: "Debian's chromium package (apt-get update)", ...apt(['update', '-qq']) });
    steps.push({
      label: "Debian's chromium package (apt-get install chromium)",
      ...apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium']),
    });
  }
  return steps;
}

export const HOW_TO_GET_A_BROWSER = [
  'The browser tests need Chromium or Google Chrome, and none was found or could be installed here.',
  'Do one of these, then run the tests again:',
  '  - Debian or Ubuntu:  sudo apt-get install chromium',
  "  - anywhere Playwright's download is reachable:  npx playwright install chromium",
  '  - a browser you already have:  CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n');

function detectHost(): HostFacts {
  let debianLike = false;
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    debianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    debianLike = false;
  }
  debianLike &&= spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  let privileged: HostFacts['privileged'] = false;
  if (process.getuid?.() === 0) privileged = 'root';
  else if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) privileged = 'sudo';
  return { privileged, debianLike };
}

/**
 * Finds a browser for the browser tests, or obtains one (Playwright's download, then Debian's package
 * as root), or stops with one message that says what to do. Exit code 0 only when a browser is there.
 */
export function ensureBrowser(log: (line: string) => void = console.log): FoundBrowser | undefined {
  if (process.env.CHROMIUM_PATH) {
    const found = findBrowser();
    if (!found)
      log(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", which is not an executable file.`);
    return found;
  }
  let found = findBrowser();
  if (found) return found;
  log('No Chromium or Chrome found; trying to obtain one for the browser tests.');
  for (const step of installSteps(detectHost())) {
    log(`Trying ${step.label}...`);
    const result = spawnSync(step.command, step.args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 15 * 60_000,
    });
    if (result.status !== 0) {
      const why =
        result.error?.message ?? firstError(result.stderr?.toString() ?? '') ?? `exit ${result.status}`;
      log(`  did not work: ${why}`);
      continue;
    }
    found = findBrowser();
    if (found) return found;
  }
  return undefined;
}

/** The line of a tool's stderr that says what went wrong (the first error line, else the first line). */
function firstError(text: string): string | undefined {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /error|failed|unable/i.test(l)) ?? lines[0];
}
