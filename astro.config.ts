import { defineConfig } from 'astro/config';
import { kbCorpus } from './src/integrations/kb-corpus.ts';
import { kbFacets } from './src/integrations/kb-facets.ts';
import { kbLinks } from './src/integrations/kb-links.ts';
import { basePathFrom, siteAddressFrom } from './src/links/site-url.ts';
import { kbPagefind } from './src/integrations/kb-pagefind.ts';

const hashNames = { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js', assetFileNames: '_astro/[hash][extname]' };

export default defineConfig({
  // The public address (`SITE_URL=https://example.github.io/kbarchive/ npm run build`): canonical links, citations,
  // JSON, sitemaps. Its path (or BASE_PATH) is the base every URL the site writes goes under (src/links/site-url.ts).
  site: siteAddressFrom(process.env),
  base: basePathFrom(process.env),
  output: 'static',
  // KB_OUT_DIR lets the benchmark and the escaping fixtures build beside the main site.
  outDir: process.env.KB_OUT_DIR ?? 'dist',
  // Every page is a folder (`/kb/152/Q152941/`), but a slash-less URL must still reach it, as on static
  // hosts: 'always' would make `astro preview` answer `/Q152941` with its own 404 instead of our 404 page.
  // scripts/check-links.ts keeps our own links slashed.
  trailingSlash: 'ignore',
  // Stylesheets as files, never inlined: one cached file for every page, and `style-src 'self'` in the CSP.
  // Pages render while earlier ones are still being written: each page's mkdir and writeFile go through libuv's
  // thread pool, and one page at a time left the main thread idle for about a third of a full build.
  // KB_PAGE_CONCURRENCY overrides it for measuring (docs/benchmarks.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: Number(process.env.KB_PAGE_CONCURRENCY) || 8 },
  // Article bodies are pre-rendered by the corpus workers; nothing here needs a highlighter.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Order matters: the facet report and the search index start from the cache kb-corpus writes; kb-links
  // writes its files before kb-pagefind waits for the background index, so the two overlap.
  integrations: [kbCorpus(), kbFacets(), kbLinks(), kbPagefind()],
  // Never inline small scripts or assets as inline tags or data: URLs: the CSP allows scripts from files only.
  // Asset names are the content hash alone: every page names its scripts and stylesheets, and a name like
  // `CiteArticle.astro_astro_type_script_index_0_lang.DY_a3TR2.js` costs ~50 bytes more on each of 60,335 pages.
  // (Stylesheets come out of the build's server side, scripts out of its client environment.)
  vite: {
    build: { assetsInlineLimit: 0, rollupOptions: { output: hashNames } },
    environments: { client: { build: { rolldownOptions: { output: hashNames } } } },
  },
});
