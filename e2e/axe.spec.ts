import AxeBuilder from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';

const VIEWS = [
  { name: 'Timeline', path: '/timeline', ready: '.tl-bar' },
  { name: 'Schedule', path: '/schedule', ready: '[data-testid="time-block"]' },
  { name: 'Projects', path: '/projects', ready: '[data-testid="project-row"]' },
  { name: 'Members', path: '/projects/3001/members', ready: '[data-testid="member-row"]' },
  { name: 'Groups', path: '/groups', ready: '[data-testid="group-card"]' },
  { name: 'Team', path: '/team', ready: '[data-testid="team-member"]' },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const view of VIEWS) {
    test(`axe: ${view.name} in the ${scheme} scheme has no violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page, view.path);
      await expect(page.locator(view.ready).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      const axe = new AxeBuilder({ page });
      const result = await axe.analyze();
      expect(
        result.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 5)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}

test('axe: the Timeline with workload strips, drafts shown, a strip read by keyboard and the milestone dialog', async ({
  page,
}) => {
  await openApp(page, '/timeline?group=users&zoom=day');
  await expect(page.getByTestId('workload-strip').first()).toBeVisible();
  await page.getByLabel('Include draft projects').check();
  await page.waitForLoadState('networkidle');
  await page.getByTestId('workload-strip').first().focus();
  await page.keyboard.press('ArrowRight');
  const check = async () => {
    const result = await new AxeBuilder({ page }).analyze();
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  };
  expect(await check()).toEqual([]);
  await page.getByRole('button', { name: 'Add milestone' }).click();
  await expect(page.getByRole('dialog', { name: 'New milestone' })).toBeVisible();
  expect(await check()).toEqual([]);
});
