import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountQueries } from '@/web/lib/queries/account';
import { queryKeys } from '@/web/lib/query-keys';
import { windowFor } from '../fetch-window';
import { parseView } from '../view-state';
import { fetchRangeOf } from './groups-read';
import { readOpeningTimeline } from './opening-read';

const scope = { organizationId: 41, workspaceId: 52 };

/** A client that knows the account (as index.html's early reads leave it) and a fetch that records its URLs. */
function opened(timezone = 'Europe/Tallinn') {
  const qc = new QueryClient();
  qc.setQueryData(accountQueries.me().queryKey, { id: 7, default_workspace_id: 52 });
  qc.setQueryData(accountQueries.workspaces().queryKey, [{ id: 52, name: 'Ops', organization_id: 41 }]);
  qc.setQueryData(accountQueries.settings().queryKey, { timezone, theme: 'light' });
  const urls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    return new Response(JSON.stringify({ data: [], page: 1, per_page: 100 }), { status: 200 });
  });
  return { qc, urls };
}

describe('readOpeningTimeline', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks for the page's first rows under the page's own key, with the URL's grouping, days and filters", async () => {
    const { qc, urls } = opened();
    const search = '?group=projects&zoom=week&start=2027-02-15&status=7001';
    await readOpeningTimeline(qc, { pathname: '/timeline', search });
    const view = parseView(new URLSearchParams(search), '2026-12-02');
    const window = windowFor(fetchRangeOf(view));
    expect(urls).toEqual([
      `/api/focus/organizations/41/workspaces/52/tasks/groups/projects?end_date=${window.end}&page=1&per_page=100&start_date=${window.start}&status_id=7001`,
    ]);
    expect(qc.getQueryState(queryKeys.timeline.window(scope, 'projects', window, view.filters))?.status).toBe(
      'success',
    );
  });

  it('asks nothing on another view, without a workspace to open, or when the account could not be read', async () => {
    const other = opened();
    await readOpeningTimeline(other.qc, { pathname: '/schedule', search: '' });
    expect(other.urls).toEqual([]);

    const none = opened();
    none.qc.setQueryData(accountQueries.workspaces().queryKey, []);
    await readOpeningTimeline(none.qc, { pathname: '/timeline', search: '' });
    expect(none.urls).toEqual([]);

    const failing = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 500 }));
    await expect(
      readOpeningTimeline(failing, { pathname: '/timeline', search: '' }),
    ).resolves.toBeUndefined();
  });
});
