import { expect, requestsTo, test } from './fixtures';
import { bar, keyMove, openTimeline, pickTask, reveal, shift } from './timeline-helpers';

// Offline, a drop is not lost and does not look saved: the Query client holds the write (the bar shows it,
// faded) and sends it when the browser is back online; a notice says so meanwhile, on screen and aloud.

test('a move made offline waits, says so, and is sent once when the browser is back online', async ({
  page,
  context,
  app,
  apiLog,
}) => {
  const t = pickTask(app);
  await openTimeline(page, 'users', t.start_date);
  const el = bar(page, t.id);
  await reveal(page, el);
  const notice = page.getByTestId('offline-notice');
  await expect(notice).toHaveCount(0);

  await context.setOffline(true);
  await expect(notice).toHaveText(
    'You are offline. Changes you make are kept here and sent when you are back online.',
  );
  await expect(page.getByTestId('announcer')).toHaveText(/^You are offline/);
  await el.focus();
  await page.keyboard.press('Space');
  await expect(el).toHaveAttribute('data-dragging', 'true');
  await keyMove(page, 'ArrowRight', 2);
  await page.keyboard.press('Enter');
  await expect(notice).toHaveText('You are offline. 1 change waits to be sent when you are back online.');
  expect(requestsTo(apiLog, 'PATCH', /\/tasks\/groups\//)).toHaveLength(0);
  expect(app.sql('SELECT start_date FROM tasks WHERE id = ?', t.id)[0]).toEqual({ start_date: t.start_date });

  await context.setOffline(false);
  await expect(notice).toHaveCount(0);
  await expect
    .poll(() => app.sql('SELECT start_date FROM tasks WHERE id = ?', t.id)[0])
    .toEqual({ start_date: shift(t.start_date, 2) });
  expect(requestsTo(apiLog, 'PATCH', /\/tasks\/groups\//)).toHaveLength(1);
});
