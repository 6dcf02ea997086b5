/**
 * The code pages' model for this build process: the code catalog the corpus
 * step wrote, read once, with the article catalog and the facet index.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../build/paths.ts';
import { CODE_CATALOG, type CodeCatalog } from '../codes/code-catalog.ts';
import { createCodeModel, type CodeModel } from '../codes/code-pages.ts';
import { meanings } from '../codes/meanings.ts';
import { loadCatalog } from './corpus-cache.ts';
import { articleFacets } from './facet-index.ts';

let model: CodeModel | undefined;

export function codeModel(): CodeModel {
  model ??= createCodeModel(
    JSON.parse(readFileSync(path.join(cacheDir(process.cwd()), CODE_CATALOG), 'utf8')) as CodeCatalog,
    loadCatalog(),
    meanings,
    (summary) => articleFacets(summary).facets.product,
    // test builds use small pages, so that paging is exercised on the sample
    Number(process.env.KB_CODE_PAGE_SIZE) || undefined,
  );
  return model;
}
