/**
 * A link from a ticket opens on the answer: the first paragraph of the first
 * section starts inside the first screen, on a phone and on a laptop.
 */
import { expect, test } from './shared-page.ts';

const SIZES = [
  { width: 360, height: 780 },
  { width: 1280, height: 900 },
];

for (const viewport of SIZES) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    for (const [article, heading] of [
      ['/kb/152/Q152941/', 'SYMPTOMS'],
      ['/kb/194/Q194792/', 'SUMMARY'],
    ] as const) {
      test(`${article} shows the first paragraph of ${heading} on the first screen`, async ({ page }) => {
        await page.goto(article);
        const section = page.locator('.kb-article > section').first();
        await expect(section.getByRole('heading').first()).toHaveText(heading);
        const paragraph = section.locator(':scope > :is(p, pre, ul, ol)').first();
        const box = (await paragraph.boundingBox())!;
        expect(box.y).toBeLessThan(viewport.height);
        // The page never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      });
    }
  });
}
