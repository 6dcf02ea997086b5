/** What the rules did not cover: the input to the next edit of `rules.ts`. */
import type { ArticleSummary } from '../article/model.ts';
import { extract } from './extract.ts';
import { perKind } from './per-kind.ts';
import { resolve, vocabularyOf } from './resolve.ts';
import { FACET_KINDS, type FacetReport, type FactSource, type KindReport, type ReportEntry } from './types.ts';

const EXAMPLES = 3;

export function facetReport(summaries: readonly ArticleSummary[]): FacetReport {
  const extractions = summaries.map((summary) => extract(summary));
  const vocabulary = vocabularyOf(extractions);
  const kinds = perKind((): KindReport => ({ values: 0, raw: 0, unmatched: 0, unmatchedShare: 0, dropped: 0 }));
  const values = perKind(() => new Set<string>());
  const rejected = new Map<string, ReportEntry>();
  const sources: Record<FactSource, number> = { 'applies-to': 0, header: 0, both: 0, conflict: 0, keyword: 0, none: 0 };
  let rescuedKeywords = 0;

  for (const extraction of extractions) {
    sources[extraction.source] += 1;
    rescuedKeywords += extraction.rescued.length;
    for (const kind of FACET_KINDS) kinds[kind].raw += extraction.examined[kind];
    const { kept, rejected: dropped } = resolve(extraction, vocabulary);
    for (const { ref } of kept) values[ref.kind].add(ref.slug);
    for (const { kind, raw, reason } of dropped) {
      if (reason === 'unmatched') kinds[kind].unmatched += 1;
      else kinds[kind].dropped += 1;
      const key = `${kind}\u0000${reason}\u0000${raw}`;
      const entry = rejected.get(key) ?? { kind, raw, reason, count: 0, examples: [] };
      entry.count += 1;
      if (entry.examples.length < EXAMPLES && !entry.examples.includes(extraction.id)) entry.examples.push(extraction.id);
      rejected.set(key, entry);
    }
  }

  for (const kind of FACET_KINDS) {
    kinds[kind].values = values[kind].size;
    kinds[kind].unmatchedShare = kinds[kind].raw === 0 ? 0 : kinds[kind].unmatched / kinds[kind].raw;
  }
  const order = (a: ReportEntry, b: ReportEntry) =>
    b.count - a.count || FACET_KINDS.indexOf(a.kind) - FACET_KINDS.indexOf(b.kind) || (a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0);
  return { summaries: summaries.length, kinds, sources, rescuedKeywords, rejected: [...rejected.values()].sort(order) };
}
