import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

// A dialog closed by Escape or Cancel gives the keyboard focus back to the button that opened it, also the
// dialogs that are rendered only while open (their <dialog> is removed, so the browser would leave it on <body>).

/** Opens the dialog from `opener` by keyboard, closes it with `close`, and expects the focus back on the opener. */
async function openAndClose(page: Page, opener: Locator, name: string, close: 'Escape' | 'Cancel') {
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  if (close === 'Escape') await page.keyboard.press('Escape');
  else {
    await dialog.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
}

test('the milestone dialog gives the focus back to "Add milestone" on Escape and on Cancel', async ({
  page,
}) => {
  await openApp(page, '/timeline');
  await expect(page.getByTestId('timeline-scroll')).toBeVisible({ timeout: 30_000 });
  const opener = page.getByRole('button', { name: 'Add milestone' });
  await openAndClose(page, opener, 'New milestone', 'Escape');
  await openAndClose(page, opener, 'New milestone', 'Cancel');
  // Still the keyboard's: Enter opens it again from there.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New milestone' })).toBeVisible();
});

test('the new project dialog gives the focus back to "New project" on Escape and on Cancel', async ({
  page,
}) => {
  await openApp(page, '/projects');
  await expect(page.getByTestId('project-row').first()).toBeVisible();
  const opener = page.getByRole('button', { name: 'New project' });
  await openAndClose(page, opener, 'New project', 'Escape');
  await openAndClose(page, opener, 'New project', 'Cancel');
});
