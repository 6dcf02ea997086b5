import type { Request } from '@playwright/test';
import { answered, resultIds, searchBox } from './search-page.ts';
import { expect, test } from './watched-page.ts';

test('when the box is still, the words and first results are fetched, so Enter needs no file', async ({ page }) => {
  await page.goto('/search/');
  const fetched: string[] = [];
  const onRequest = (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/(search|pagefind)\//.test(path)) fetched.push(path);
  };
  page.on('request', onRequest);
  try {
    await searchBox(page).pressSequentially('slow network');
    // the reader pauses before Enter: the word shards, then the first page's rows are asked for
    await expect.poll(() => fetched.filter((path) => path.startsWith('/search/rows/')).length).toBeGreaterThan(0);
    expect(fetched.filter((path) => path.startsWith('/search/words/')).length).toBeGreaterThan(0);
    // a query still being typed never loads the full-text index
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const before = fetched.length;
    await searchBox(page).press('Enter');
    await answered(page);
    expect(await resultIds(page)).toContain('Q152941');
    expect(fetched.slice(before)).toEqual([]);
  } finally {
    page.off('request', onRequest);
  }
});
