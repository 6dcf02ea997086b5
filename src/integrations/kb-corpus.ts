/**
 * Runs the corpus step before Astro renders anything, reports input problems,
 * and checks at the end that every source article became exactly one page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCorpus, type CorpusResult } from '../build/build-corpus.ts';
import { makeReport, strictFailure, summarizeReport, writeReport } from '../build/build-report.ts';
import { cacheDir, contentRoot, strictMode } from '../build/paths.ts';

/** Relative to the project (or absolute); `KB_REPORT_FILE` moves it (the tests' fixture-site build keeps its own). */
export const REPORT_FILE = process.env.KB_REPORT_FILE || 'reports/build-report.json';

export function kbCorpus(): AstroIntegration {
  let corpus: CorpusResult | undefined;
  return {
    name: 'kb-corpus',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return;
        const projectRoot = fileURLToPath(config.root);
        const root = contentRoot(projectRoot);
        const cache = cacheDir(projectRoot);
        // Pages read the cache through this variable, whatever their working directory.
        process.env.KB_CACHE_DIR = cache;
        corpus = await buildCorpus(root, cache);
        const { read, written, seconds } = corpus;
        logger.info(
          `read ${read} source articles from ${path.relative(projectRoot, root) || '.'}; ` +
            `parsed in ${seconds.parse.toFixed(1)} s, rendered ${written} records in ${seconds.render.toFixed(1)} s, ` +
            `wrote the code catalog in ${seconds.codes.toFixed(1)} s and the facets in ${seconds.facets.toFixed(1)} s; similar articles are computed in a worker beside the build`,
        );
        corpus.similar.then(
          ({ computing, written }) => logger.info(`similar articles: computed in ${computing.toFixed(1)} s, written ${written.toFixed(1)} s after the corpus step`),
          () => undefined,
        );
        const report = makeReport(root, read, corpus.problems);
        await writeReport(path.resolve(projectRoot, REPORT_FILE), report);
        if (strictMode() && report.problemCount > 0) {
          // A list a person can act on, not an exception: Astro would wrap a thrown error in a stack trace.
          for (const line of strictFailure(report, REPORT_FILE)) logger.error(line);
          process.exit(1);
        }
        const log = report.problemCount > 0 ? logger.warn.bind(logger) : logger.info.bind(logger);
        for (const line of summarizeReport(report, REPORT_FILE)) log(line);
      },
      'astro:build:done': async ({ pages, logger }) => {
        if (!corpus) return;
        // The pages waited for it already; a failure nobody waited for still fails the build.
        await corpus.similar;
        const permalinks = new Set(corpus.summaries.map((summary) => summary.permalink));
        const written = pages.filter(({ pathname }) => permalinks.has('/' + pathname.replace(/^\/+/, ''))).length;
        const published = corpus.summaries.length;
        const left = corpus.read - published;
        logger.info(`wrote ${written} article pages for ${corpus.read} source articles` + (left ? ` (${left} without an article number left out, see the report)` : ''));
        if (written !== published) {
          throw new Error(`article pages written (${written}) differ from articles to publish (${published})`);
        }
      },
    },
  };
}
