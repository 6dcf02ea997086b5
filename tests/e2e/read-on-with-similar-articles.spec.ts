import { expect, test } from './shared-page.ts';
import { loadSampleCatalog } from './sample.ts';
import { partPath } from '../../src/article/split-parts.ts';

test.use({ javaScriptEnabled: false });

test('Q152941 lists similar articles, with product, date and reason, whose links open those articles', async ({ page }) => {
  await page.goto('/kb/152/Q152941/');
  const region = page.getByRole('region', { name: 'Similar articles' });
  const items = region.getByRole('listitem');
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(5);

  const targets: Array<{ href: string; title: string }> = [];
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const link = item.getByRole('link');
    const text = (await link.innerText()).trim();
    expect(text).toMatch(/^Q\d+: \S/);
    expect(text.startsWith('Q152941:')).toBe(false);
    await expect(item.locator('.similar-meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(item.locator('.similar-reason')).not.toBeEmpty();
    targets.push({ href: (await link.getAttribute('href'))!, title: text.replace(/^Q\d+: /, '') });
  }

  for (const { href, title } of targets) {
    await page.goto('/kb/152/Q152941/');
    await region.getByRole('link', { name: title }).first().click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
});

test('every sample article has its similar articles, none of them itself', async ({ request }) => {
  for (const summary of loadSampleCatalog()) {
    // Similar articles follow the text: on the last page of an article published in parts.
    const html = await (await request.get(partPath(summary.permalink, summary.parts ?? 1))).text();
    const section = /<section class="similar-articles"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
    expect(section, summary.id).toBeDefined();
    expect(section, summary.id).not.toContain(`href="${summary.permalink}"`);
    const json = await (await request.get(summary.permalink.replace(/\/$/, '.json'))).json();
    expect(json.similar.length + json.duplicates.length, summary.id).toBeGreaterThan(0);
    expect(json.similar.map((s: { id: string }) => s.id)).not.toContain(summary.id);
    for (const { permalink } of json.similar) expect(section).toContain(`href="${permalink}"`);
  }
});
