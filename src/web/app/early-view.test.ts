import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { windowFor } from '@/web/features/timeline/fetch-window';
import { fetchRangeOf } from '@/web/features/timeline/api/groups-read';
import { readOpeningTimeline } from '@/web/features/timeline/api/opening-read';
import { timelineQueries } from '@/web/features/timeline/api/timeline-queries';
import { parseView } from '@/web/features/timeline/view-state';
import { accountQueries } from '@/web/lib/queries/account';
import { dayOf, rangeInstants } from '@/web/lib/time/zoned';
import { addDays } from '@/web/lib/time/calendar-day';
import { dateSettingsFrom, workWeekMondayOf } from '@/web/lib/time/user-format';
import { scheduleQueries } from '@/web/features/schedule/api/schedule-queries';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const early = (response: Response) => Promise.resolve({ response, at: Date.now() });
const rows = () => json({ data: [{ id: 9, name: 'Ops', tasks: [] }], page: 1, per_page: 100 });

const ME = { id: 7, default_workspace_id: 52, beginning_of_week: 1 };
const WORKSPACES = [
  { id: 51, name: 'Old', organization_id: 41 },
  { id: 52, name: 'Ops', organization_id: 41 },
  { id: 53, name: 'Lab', organization_id: 43 },
];
const SETTINGS = { timezone: 'Pacific/Kiritimati', theme: 'light', start_week_on: 0 };

/** The page as index.html leaves it, on `path` + `search`; the early script's sends are recorded. */
function page(opts: { pathname?: string; search?: string; me?: Response; chosen?: number } = {}) {
  const sent: string[] = [];
  vi.stubGlobal('window', {
    __earlyReads: {
      '/api/track/me': early(opts.me ?? json(ME)),
      '/api/track/me/workspaces': early(json(WORKSPACES)),
      '/api/focus/users/me/settings': early(json(SETTINGS)),
    },
    __earlyRead: (url: string) => {
      sent.push(url);
      return early(rows());
    },
  });
  const location = { pathname: opts.pathname ?? '/timeline', search: opts.search ?? '' };
  vi.stubGlobal('location', location);
  const stored = opts.chosen === undefined ? null : JSON.stringify({ state: { workspaceId: opts.chosen } });
  vi.stubGlobal('localStorage', { getItem: () => stored, setItem: () => {}, removeItem: () => {} });
  return { sent, location };
}

/** Runs the page's second script as the browser would: once, at load. */
async function runEarlyScript() {
  vi.resetModules();
  await import('./early-view');
  await (window as Window).__earlyView;
}

describe('early-view (the app’s small entry)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the first rows at the URL the app asks for, and the app takes that answer instead of asking', async () => {
    const search = '?group=projects&zoom=week&start=2027-02-15&status=7001';
    const { sent, location } = page({ search });
    await runEarlyScript();

    // The account's default workspace (52, organization 41), the URL's grouping, days and filter.
    const view = parseView(new URLSearchParams(search), dayOf(Date.now(), SETTINGS.timezone));
    const window = windowFor(fetchRangeOf(view));
    expect(sent).toEqual([
      `/api/focus/organizations/41/workspaces/52/tasks/groups/projects?end_date=${window.end}&page=1&per_page=100&start_date=${window.start}&status_id=7001`,
    ]);

    // The app's own opening read of that window sends nothing: it takes the early answer.
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return rows();
    });
    const qc = new QueryClient();
    qc.setQueryData(accountQueries.me().queryKey, ME);
    qc.setQueryData(accountQueries.workspaces().queryKey, WORKSPACES);
    qc.setQueryData(accountQueries.settings().queryKey, SETTINGS);
    await readOpeningTimeline(qc, location);
    expect(asked).toEqual([]);
    const scope = { organizationId: 41, workspaceId: 52 };
    const state = qc.getQueryState(timelineQueries.window(scope, 'projects', window, view.filters).queryKey);
    expect(state?.status).toBe('success');
  });

  it('the workspace the user picked last time, as the workspace store remembers it', async () => {
    // The store writes its pick where the early script reads it (a fresh store over a real-ish storage).
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
      removeItem: (k: string) => void saved.delete(k),
    };
    vi.stubGlobal('window', { localStorage: storage });
    vi.resetModules();
    const { useWorkspaceChoice, storedWorkspaceChoice } = await import('@/web/lib/workspace');
    useWorkspaceChoice.getState().selectWorkspace(53);
    expect(storedWorkspaceChoice(storage)).toBe(53);

    const { sent } = page({ chosen: storedWorkspaceChoice(storage)! });
    await runEarlyScript();
    // The rows of the users grouping, and the people who name them.
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe('/api/track/workspaces/53/users?exclude_deleted=true');
    expect(sent[0]).toMatch(
      /^\/api\/focus\/organizations\/43\/workspaces\/53\/tasks\/groups\/users\?end_date=\d{4}-\d{2}-\d{2}&include_unassigned=true&page=1&per_page=100&start_date=\d{4}-\d{2}-\d{2}$/,
    );
  });

  it('on /schedule asks for this week and the people, and the app’s read of the week takes that answer', async () => {
    const { sent } = page({ pathname: '/schedule', search: '?view=week' });
    await runEarlyScript();
    const zone = SETTINGS.timezone;
    // The week as the app's Schedule works it out (use-schedule-data): this work week in the user's zone.
    const weekStart = workWeekMondayOf(dayOf(Date.now(), zone), dateSettingsFrom(SETTINGS, ME).weekStartsOn);
    const range = rangeInstants({ start: weekStart, end: addDays(weekStart, 4) }, zone);
    const stream = `/api/focus/organizations/41/workspaces/52/time-blocks/stream?archived=false&date_from=${encodeURIComponent(range.date_from)}&date_to=${encodeURIComponent(range.date_to)}`;
    expect(sent).toEqual([stream, '/api/track/workspaces/52/users?exclude_deleted=true']);

    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return json([]);
    });
    (window as Window).__earlyReads![stream] = early(json([]));
    const qc = new QueryClient();
    const scope = { organizationId: 41, workspaceId: 52 };
    await qc.fetchQuery(scheduleQueries.week(scope, weekStart, { zone, archived: false }));
    expect(asked).toEqual([]);
  });

  it('sends nothing on another view, when an account read failed, or when no workspace can open', async () => {
    const other = page({ pathname: '/projects' });
    await runEarlyScript();
    expect(other.sent).toEqual([]);

    const failed = page({ me: json({ error: 'nope' }, 500) });
    await runEarlyScript();
    expect(failed.sent).toEqual([]);

    const none = page();
    (window as Window).__earlyReads!['/api/track/me/workspaces'] = early(json([{ id: 5, name: 'X' }]));
    await runEarlyScript();
    expect(none.sent).toEqual([]);
  });
});
