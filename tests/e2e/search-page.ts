/** Reading and driving the search page the way a reader does: by labels and roles. */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The header's box: on the search page it is the page's one search box. */
export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the archive' });
export const status = (page: Page) => page.getByRole('status');
export const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

/** Waits until the search on screen has answered (the live region holds its summary). */
export async function answered(page: Page): Promise<void> {
  await expect(status(page)).toHaveText(/\d+ results?|No results|not in the archive/);
  await expect(results(page)).not.toHaveAttribute('aria-busy', 'true');
}

/** The article ids listed, in order. */
export async function resultIds(page: Page): Promise<string[]> {
  return results(page).locator('.hit-id').allTextContents();
}

/** Types a query into the search box and submits it. */
export async function searchFor(page: Page, q: string): Promise<void> {
  await searchBox(page).fill(q);
  await searchBox(page).press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
  await answered(page);
}
