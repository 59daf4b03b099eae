import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

/** The boundary errors ESLint reports for `code` placed at `file` (a path under the repo root). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/layers').map((m) => m.message);
}

describe('import boundaries (eslint/boundaries.js)', () => {
  it('fails a feature importing another feature, by alias or by relative path', async () => {
    const aliased = await boundaryErrors(
      'src/web/features/timeline/x.ts',
      "import { a } from '@/web/features/schedule/store';\nexport const b = a;\n",
    );
    expect(aliased).toEqual([expect.stringContaining('Features do not import each other')]);
    const relative = await boundaryErrors(
      'src/web/features/timeline/components/x.ts',
      "import { a } from '../../schedule/store';\nexport const b = a;\n",
    );
    expect(relative).toEqual([expect.stringContaining('Features do not import each other')]);
  });

  it('fails src/api importing server or web code', async () => {
    const server = await boundaryErrors(
      'src/api/x.ts',
      "import { a } from '../server/local-api/errors';\nexport const b = a;\n",
    );
    expect(server).toEqual([expect.stringContaining('api must not import server')]);
    const web = await boundaryErrors(
      'src/api/x.ts',
      "import { a } from '@/web/lib/api-client';\nexport const b = a;\n",
    );
    expect(web).toEqual([expect.stringContaining('api must not import web/lib')]);
  });

  it('fails the server importing browser code and web/lib importing a feature', async () => {
    expect(
      await boundaryErrors(
        'src/server/proxy/x.ts',
        "import { a } from '@/web/lib/time';\nexport const b = a;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/web/lib/x.ts',
        "import { a } from '@/web/features/timeline/store';\nexport const b = a;\n",
      ),
    ).toHaveLength(1);
  });

  it('asks for the alias when a relative import leaves its unit, and accepts the allowed directions', async () => {
    expect(
      await boundaryErrors(
        'src/web/features/timeline/x.ts',
        "import { a } from '../../lib/api-client';\nexport const b = a;\n",
      ),
    ).toEqual([expect.stringContaining('write it as "@/web/lib/api-client"')]);
    const ok = await boundaryErrors(
      'src/web/features/timeline/components/x.ts',
      [
        "import { a } from '@/api/task';",
        "import { b } from '@/web/lib/api-client';",
        "import { c } from '@/web/components/ui/toaster';",
        "import { d } from '../store';",
        'export const e = [a, b, c, d];',
        '',
      ].join('\n'),
    );
    expect(ok).toEqual([]);
  });
});
