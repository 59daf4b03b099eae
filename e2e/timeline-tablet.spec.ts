import { reachable } from './touch-helpers';
import { expect, test } from './fixtures';
import { bar, openTimeline, pickTask, reveal } from './timeline-helpers';

// A tablet held upright: the details panel beside the chart left it a sliver of days. Up to 900 px it covers
// the chart, as on a phone; wider screens keep it beside the chart.

test.describe('a tablet held upright (820x1180, touch)', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });

  test('the details panel covers the chart, every field in reach; closing it gives the chart back', async ({
    page,
    app,
  }) => {
    const t = pickTask(app);
    await openTimeline(page, 'users', t.start_date);
    const scroller = page.getByTestId('timeline-scroll');
    const chart = (await scroller.boundingBox())!;
    const el = bar(page, t.id).first();
    await reveal(page, el);
    await el.tap();
    const panel = page.getByRole('complementary');
    await expect(panel.getByLabel('Priority')).toBeEnabled();
    // Over the chart, not beside it: the chart keeps its width under the panel.
    const [under, box] = [(await scroller.boundingBox())!, (await panel.boundingBox())!];
    expect(under.width).toBe(chart.width);
    expect(box.x).toBeLessThanOrEqual(under.x + 1);
    expect(box.width).toBeGreaterThanOrEqual(under.width - 1);
    for (const f of [
      panel.getByLabel('Name', { exact: true }),
      panel.getByLabel('Start date', { exact: true }),
      panel.getByLabel('Notes'),
      panel.getByRole('button', { name: 'Close task details' }),
    ])
      expect(await reachable(f), String(f)).toBe(true);
    // The selection's actions are the panel's for this one task: not floating over its fields.
    await expect(page.getByTestId('selection-bar')).toBeHidden();
    await panel.getByRole('button', { name: 'Close task details' }).tap();
    await expect(panel).toHaveCount(0);
    await expect(el).toBeVisible();
    // The selection bar docks under the chart, covering none of it.
    const selection = page.getByTestId('selection-bar');
    await expect(selection).toBeVisible();
    const [after, docked] = [(await scroller.boundingBox())!, (await selection.boundingBox())!];
    expect(docked.y).toBeGreaterThanOrEqual(after.y + after.height - 1);
  });
});

test.describe('a laptop (1024x768)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the details panel stays beside the chart', async ({ page, app }) => {
    const t = pickTask(app);
    await openTimeline(page, 'users', t.start_date);
    const el = bar(page, t.id).first();
    await reveal(page, el);
    await el.click();
    const panel = page.getByRole('complementary');
    await expect(panel.getByLabel('Priority')).toBeEnabled();
    const [chart, box] = [
      (await page.getByTestId('timeline-scroll').boundingBox())!,
      (await panel.boundingBox())!,
    ];
    expect(chart.x + chart.width).toBeLessThanOrEqual(box.x + 1);
    expect(box.width).toBe(320);
  });
});
