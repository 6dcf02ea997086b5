import { defineConfig } from 'astro/config';
import { kbCorpus } from './src/integrations/kb-corpus.ts';
import { kbFacets } from './src/integrations/kb-facets.ts';
import { kbPagefind } from './src/search/pagefind-integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://kb-archive.example',
  output: 'static',
  // KB_OUT_DIR lets the benchmark and the escaping fixtures build beside the main site.
  outDir: process.env.KB_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Article bodies are pre-rendered by the corpus workers; nothing here needs a highlighter.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Order matters: the facet report and the search index start from the cache kb-corpus writes.
  integrations: [kbCorpus(), kbFacets(), kbPagefind()],
});
