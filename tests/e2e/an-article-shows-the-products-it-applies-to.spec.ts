/**
 * Q194792's header says "Microsoft Visual Basic for Windows, 2.0, 2.1 SP2,
 * 2.5, 2.6, 2.7, 5.0, 6.0"; its own "applies to" list says Visual Basic 5.0,
 * 6.0 and ADO 2.0 ... 2.7. The page names what the list says, and no page of
 * the site names a Visual Basic that never existed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './shared-page.ts';
import { builtPages, DIST } from './site-pages.ts';

test.use({ javaScriptEnabled: false });

const ADO = ['2.0', '2.1 SP2', '2.5', '2.6', '2.7'].map((version) => `ActiveX Data Objects (ADO) ${version}`);
const VB = ['5.0', '6.0'].map((version) => `Microsoft Visual Basic for Windows ${version}`);

test("Q194792's breadcrumb and chips name ADO 2.x and Visual Basic 5.0 and 6.0", async ({ page }) => {
  await page.goto('/kb/194/Q194792/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).locator('ol > li > a');
  await expect(crumbs).toHaveText(['Home', 'Microsoft Visual Basic for Windows', VB[0]!, 'Q194792']);
  await expect(crumbs.nth(2)).toHaveAttribute('href', '/version/microsoft-visual-basic-for-windows-5.0/');

  const chips = page.getByRole('navigation', { name: 'Browse related articles' });
  await expect(chips.getByRole('link', { name: 'ActiveX Data Objects (ADO)', exact: true })).toHaveAttribute('href', '/product/activex-data-objects-ado/');
  await expect(chips.getByRole('link', { name: 'Microsoft Visual Basic for Windows', exact: true })).toHaveAttribute('href', '/product/microsoft-visual-basic-for-windows/');
  for (const version of [...VB, ...ADO]) await expect(chips.getByRole('link', { name: version, exact: true })).toHaveCount(1);
  await expect(chips.getByRole('link', { name: /Visual Basic for Windows 2\./ })).toHaveCount(0);
});

test('the version page of the ADO 2.7 the header misfiled lists the article, and Visual Basic 2.7 has no page', async ({ page }) => {
  await page.goto('/version/activex-data-objects-ado-2.7/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ActiveX Data Objects (ADO) 2.7');
  await expect(page.locator('a[href="/kb/194/Q194792/"]')).toHaveCount(1);
  const missing = await page.request.get('/version/microsoft-visual-basic-for-windows-2.7/');
  expect(missing.status()).toBe(404);
});

test('no page of the site names "Visual Basic for Windows 2.7"', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const naming = pages.filter((url) => {
    const file = url.endsWith('/') ? path.join(DIST, url, 'index.html') : path.join(DIST, url);
    return readFileSync(file, 'utf8').includes('Visual Basic for Windows 2.7');
  });
  expect(naming).toEqual([]);
});
