import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { nextPageAfter, readAllData, readAllPages } from './read-all-pages';

/** A list of `total` numbers served in pages, recording each page asked for. */
function server(total: number) {
  const asked: [number, number][] = [];
  const readPage = async (page: number, perPage: number) => {
    asked.push([page, perPage]);
    return Array.from({ length: total }, (_, i) => i).slice((page - 1) * perPage, page * perPage);
  };
  return { asked, readPage };
}

describe('readAllPages', () => {
  it('reads pages in order until a short one', async () => {
    const s = server(250);
    expect(await readAllPages(s.readPage, { maxPages: 20 })).toEqual(
      Array.from({ length: 250 }, (_, i) => i),
    );
    expect(s.asked).toEqual([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
  });

  it('asks once more after a full last page (only an empty page says the list ended)', async () => {
    const s = server(200);
    expect(await readAllPages(s.readPage, { maxPages: 20 })).toHaveLength(200);
    expect(s.asked.map(([page]) => page)).toEqual([1, 2, 3]);
  });

  it('reads one page of an empty or short list', async () => {
    const s = server(0);
    expect(await readAllPages(s.readPage, { maxPages: 20 })).toEqual([]);
    expect(s.asked).toHaveLength(1);
  });

  it('stops at the page ceiling', async () => {
    const s = server(1000);
    expect(await readAllPages(s.readPage, { perPage: 10, maxPages: 3 })).toHaveLength(30);
    expect(s.asked).toEqual([
      [1, 10],
      [2, 10],
      [3, 10],
    ]);
  });

  it('fails as the failing page does, asking no further', async () => {
    let calls = 0;
    const failing = async (page: number) => {
      calls++;
      if (page === 2) throw new Error('quota');
      return Array.from({ length: 100 }, () => page);
    };
    await expect(readAllPages(failing, { maxPages: 20 })).rejects.toThrow('quota');
    expect(calls).toBe(2);
  });
});

describe('nextPageAfter', () => {
  const next = nextPageAfter({ perPage: 2, maxPages: 3 });
  it('follows a full page, within the ceiling', () => {
    expect(next([1, 2], [], 1)).toBe(2);
    expect(next([1], [], 1)).toBeUndefined();
    expect(next([1, 2], [], 3)).toBeUndefined();
  });
});

describe('readAllData', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a {data} list through the proxy until a short page and parses each page', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      const page = Number(new URL(url, 'http://x').searchParams.get('page'));
      const data = Array.from({ length: page < 3 ? 2 : 1 }, (_, i) => ({ id: page * 10 + i }));
      return new Response(JSON.stringify({ data }), { status: 200 });
    });
    const schema = z.object({ data: z.array(z.object({ id: z.number() })) });
    const items = await readAllData('/workspaces/7/tags', schema, {
      query: { order_by: 'name' },
      perPage: 2,
      maxPages: 20,
    });
    expect(items.map((t) => t.id)).toEqual([10, 11, 20, 21, 30]);
    expect(urls).toEqual([
      '/api/focus/workspaces/7/tags?order_by=name&page=1&per_page=2',
      '/api/focus/workspaces/7/tags?order_by=name&page=2&per_page=2',
      '/api/focus/workspaces/7/tags?order_by=name&page=3&per_page=2',
    ]);
  });
});
