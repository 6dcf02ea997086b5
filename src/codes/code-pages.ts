/**
 * The code pages' model, from the code catalog and the article catalog only:
 * each code's meaning, spellings, products, related codes and its articles in
 * pages of stable URLs, and the code index grouped by family.
 */
import type { ArticleSummary } from '../article/model.ts';
import { paginate } from '../facets/paginate.ts';
import type { FacetRef, Page } from '../facets/types.ts';
import type { CodeCatalog, CodeCatalogEntry } from './code-catalog.ts';
import { parseCodeKey } from './code-key.ts';
import { FAMILY_ORDER, type CodeMeaning, type MeaningLookup } from './meaning.ts';
import { codeFamilyPath, codePath } from './paths.ts';
import type { CodeFamily } from './types.ts';

/** Articles per code page: each row carries an excerpt, so fewer than a browse page's. */
export const CODE_PAGE_SIZE = 50;

/** Codes per family on the code index before "all N" links to the family's own list. */
export const FAMILY_PREVIEW = 40;

/** Codes per page of a family's full list. */
export const FAMILY_PAGE_SIZE = 400;

export interface CodeArticleRow {
  summary: ArticleSummary;
  /** The page, at the section that first mentions the code when it has a title. */
  url: string;
  section: string | null;
  mentions: number;
  inTitle: boolean;
  /** `[before, the code as written, after]`, or null when the mention was not quoted. */
  excerpt: [string, string, string] | null;
}

export interface CodeSummary {
  key: string;
  label: string;
  url: string;
  /** The first symbolic name, or null. */
  name: string | null;
  family: CodeFamily;
  articles: number;
  mentions: number;
}

export interface CodePage {
  code: CodeSummary;
  meaning: CodeMeaning;
  spellings: Array<[text: string, mentions: number]>;
  products: Array<{ ref: FacetRef | null; label: string; count: number }>;
  related: Array<CodeSummary & { shared: number }>;
  page: Page;
  rows: CodeArticleRow[];
}

export interface CodeModel {
  /** Articles per page of a code. */
  pageSize: number;
  summaries: CodeSummary[];
  byKey: Map<string, CodeCatalogEntry>;
  /** Every page of every code, in key order. */
  pages(): Generator<CodePage>;
  /** One code's summary, its pages and rows built on demand. */
  summary(key: string): CodeSummary | undefined;
  /** A code's products etc. and every article (for its JSON). */
  full(key: string): Omit<CodePage, 'page' | 'rows'> & { rows: CodeArticleRow[] };
  families(): Array<{ family: CodeFamily; codes: CodeSummary[]; articles: number }>;
  /** Every page of every family's full list. */
  familyPages(): Array<{ family: CodeFamily; codes: CodeSummary[]; page: Page; count: number }>;
}

export function createCodeModel(
  catalog: CodeCatalog,
  articles: readonly ArticleSummary[],
  meanings: MeaningLookup,
  productsOf: (summary: ArticleSummary) => readonly FacetRef[],
  pageSize = CODE_PAGE_SIZE,
): CodeModel {
  // a key with no page shape (never written by the corpus step, but the file is input) gets no page
  const codes = catalog.codes.filter((entry) => parseCodeKey(entry.key) !== null);
  const byKey = new Map(codes.map((entry) => [entry.key, entry]));
  const meaningCache = new Map<string, CodeMeaning>();
  const meaningOf = (key: string) => {
    let found = meaningCache.get(key);
    if (!found) meaningCache.set(key, (found = meanings.meaningOf(key)));
    return found;
  };
  const summaryOf = (entry: CodeCatalogEntry): CodeSummary => {
    const meaning = meaningOf(entry.key);
    return { key: entry.key, label: meaning.label, url: codePath(entry.key), name: meaning.names[0]?.name ?? null, family: meaning.family, articles: entry.articles.length, mentions: entry.mentions };
  };
  const summaries = codes.map(summaryOf);
  const summaryByKey = new Map(summaries.map((summary) => [summary.key, summary]));

  const row = ([article, mentions, inTitle, slug, section, before, code, after]: CodeCatalogEntry['articles'][number]): CodeArticleRow => {
    const summary = articles[article]!;
    return {
      summary,
      url: slug ? `${summary.permalink}#${slug}` : summary.permalink,
      section: section || null,
      mentions,
      inTitle: inTitle === 1,
      excerpt: code ? [before, code, after] : null,
    };
  };

  const details = (entry: CodeCatalogEntry) => {
    const products = new Map<string, { ref: FacetRef | null; label: string; count: number }>();
    for (const [article] of entry.articles) {
      const refs = productsOf(articles[article]!);
      for (const ref of refs.length > 0 ? refs : [null]) {
        const label = ref?.label ?? 'No product named';
        const found = products.get(label) ?? { ref, label, count: 0 };
        found.count++;
        products.set(label, found);
      }
    }
    return {
      code: summaryByKey.get(entry.key)!,
      meaning: meaningOf(entry.key),
      spellings: entry.spellings,
      products: [...products.values()].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1)),
      related: entry.related.flatMap(([key, shared]) => {
        const summary = summaryByKey.get(key);
        return summary ? [{ ...summary, shared }] : [];
      }),
    };
  };

  return {
    pageSize,
    summaries,
    byKey,
    summary: (key) => summaryByKey.get(key),
    *pages() {
      for (const entry of codes) {
        const common = details(entry);
        const positions = entry.articles.map((_, i) => String(i));
        for (const page of paginate(positions, codePath(entry.key), pageSize)) {
          yield { ...common, page, rows: page.ids.map((i) => row(entry.articles[Number(i)]!)) };
        }
      }
    },
    full(key) {
      const entry = byKey.get(key)!;
      return { ...details(entry), rows: entry.articles.map(row) };
    },
    families() {
      const groups = new Map<CodeFamily, CodeSummary[]>();
      for (const summary of summaries) (groups.get(summary.family) ?? groups.set(summary.family, []).get(summary.family)!).push(summary);
      return FAMILY_ORDER.filter((family) => groups.has(family)).map((family) => {
        const codes = groups.get(family)!.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
        return { family, codes, articles: codes.reduce((sum, code) => sum + code.articles, 0) };
      });
    },
    familyPages() {
      return this.families().flatMap(({ family, codes }) =>
        paginate(codes.map((code) => code.key), codeFamilyPath(family), FAMILY_PAGE_SIZE).map((page) => ({
          family,
          page,
          count: codes.length,
          codes: page.ids.map((key) => summaryByKey.get(key)!),
        })),
      );
    },
  };
}
