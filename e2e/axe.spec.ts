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
