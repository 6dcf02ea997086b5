/**
 * Writes the facet report after the corpus step: the header values the facet
 * rules did not cover (unknown platforms, junk tokens, absurd dates, values
 * cut by the source's column limit), which the pages leave out rather than
 * turn into empty or misleading facet pages. Logs one summary line.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ArticleSummary } from '../article/model.ts';
import { CATALOG } from '../build/build-corpus.ts';
import { cacheDir } from '../build/paths.ts';
import { facetReport } from '../facets/report.ts';
import { summarizeFacetReport } from '../facets/report-summary.ts';

/** Beside the build report, wherever `KB_REPORT_FILE` puts that (the fixture-site build keeps its own). */
export function facetReportFile(): string {
  return path.join(path.dirname(process.env.KB_REPORT_FILE || 'reports/build-report.json'), 'facet-report.json');
}

/** Must come after `kbCorpus()` in the integrations list: it reads the catalog that step writes. */
export function kbFacets(): AstroIntegration {
  return {
    name: 'kb-facets',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return;
        const projectRoot = fileURLToPath(config.root);
        const cache = process.env.KB_CACHE_DIR ?? cacheDir(projectRoot);
        const catalog = JSON.parse(readFileSync(path.join(cache, CATALOG), 'utf8')) as ArticleSummary[];
        const report = facetReport(catalog);
        const file = facetReportFile();
        await mkdir(path.dirname(path.resolve(projectRoot, file)), { recursive: true });
        await writeFile(path.resolve(projectRoot, file), JSON.stringify(report, null, 2) + '\n');
        logger.info(summarizeFacetReport(report, file));
      },
    },
  };
}
