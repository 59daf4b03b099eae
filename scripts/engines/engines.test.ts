import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// The README promises `npm ci` on every Node the project supports. A dependency that asks for a newer Node
// (cookie 2 asked for 22 through fastify's light-my-request) makes npm warn on every fresh install on Node 20,
// and may not run there. Optional packages are the platform builds npm skips where they do not fit.
interface LockedPackage {
  engines?: { node?: string } | string[];
  optional?: boolean;
  dev?: boolean;
}

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
};

/** The oldest release of each Node line the project's own engines range admits. */
function oldestOfEachLine(range: string): string[] {
  return [20, 22, 24].map((major) => {
    const minors = Array.from({ length: 40 }, (_, minor) => `${major}.${minor}.0`);
    return minors.find((version) => semver.satisfies(version, range)) ?? `${major} not supported`;
  });
}

function refusing(node: string, devToo: boolean): string[] {
  return Object.entries(lock.packages)
    .filter(([path, p]) => path !== '' && !p.optional && (devToo || !p.dev))
    .filter(([, p]) => {
      const wanted = Array.isArray(p.engines) ? undefined : p.engines?.node;
      return wanted !== undefined && !semver.satisfies(node, wanted);
    })
    .map(
      ([path, p]) =>
        `${path.replace(/^.*node_modules\//, '')} wants node ${(p.engines as { node: string }).node}`,
    );
}

describe('dependencies and the Node versions the README supports', () => {
  it('the supported range starts at 20.19, and its oldest releases are what is checked', () => {
    expect(oldestOfEachLine(pkg.engines.node)).toEqual(['20.19.0', '22.12.0', '24.0.0']);
  });

  it('every package installs without an engine warning on the oldest Node 20 the project supports', () => {
    expect(refusing('20.19.0', true)).toEqual([]);
  });

  it('every package the planner runs with (not only the tools that test it) accepts each supported line', () => {
    for (const node of oldestOfEachLine(pkg.engines.node)) expect(refusing(node, false), node).toEqual([]);
  });

  it('would catch the package that asked for Node 22', () => {
    const before = lock.packages['node_modules/cookie'];
    lock.packages['node_modules/cookie'] = { ...before, engines: { node: '>=22' } };
    try {
      expect(refusing('20.19.0', true)).toEqual(['cookie wants node >=22']);
    } finally {
      lock.packages['node_modules/cookie'] = before!;
    }
  });
});
