import { defineConfig } from 'astro/config';
import { kbCorpus } from './src/integrations/kb-corpus.ts';
import { kbPagefind } from './src/search/pagefind-integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://kb-archive.example',
  output: 'static',
  // KB_OUT_DIR lets the benchmark and the escaping fixtures build beside the main site.
  outDir: process.env.KB_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: one cached file for every page, and `style-src 'self'` in the CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Article bodies are pre-rendered by the corpus workers; nothing here needs a highlighter.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Order matters: the search index starts from the cache kb-corpus writes.
  integrations: [kbCorpus(), kbPagefind()],
  // Never inline small scripts or assets as inline tags or data: URLs: the CSP allows scripts from files only.
  vite: { build: { assetsInlineLimit: 0 } },
});
