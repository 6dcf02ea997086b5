/** Every facet value of the catalog, with its articles and related values. */
import type { ArticleSummary } from '../article/model.ts';
import { extract, type Candidate, type Extraction } from './extract.ts';
import { versionWithinProduct } from './labels.ts';
import { perKind } from './per-kind.ts';
import { resolve } from './resolve.ts';
import { FACET_KINDS, type FacetEntry, type FacetIndex, type FacetReading } from './types.ts';
import { compareVersions } from './version-order.ts';

interface Building {
  entry: FacetEntry;
  /** Label spellings and counts, only once a second spelling turns up for the slug. */
  labels?: Map<string, number>;
  related: Set<string>;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Newest first, undated last, then by article number and id: the order of every entry's `ids`. */
export function byRecency(a: ArticleSummary, b: ArticleSummary): number {
  const dateA = a.lastModified ?? '';
  const dateB = b.lastModified ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  if (a.number !== b.number) return a.number - b.number;
  return cmp(a.id, b.id);
}

export function buildFacetIndex(summaries: readonly ArticleSummary[], reading: FacetReading = 'article'): FacetIndex {
  // Visiting articles newest first fills every `ids` list already in order.
  const ordered = [...summaries].sort(byRecency);
  const vocabulary = new Set<string>();
  const building = new Map<string, Building>();
  // Only the few articles with a possibly cut value wait for the whole vocabulary;
  // keeping all 60,000 extractions for a second pass cost more in GC than the rest of the build.
  const waiting: Array<{ extraction: Extraction; rank: number }> = [];
  ordered.forEach((summary, rank) => {
    const extraction = extract(summary, reading);
    let doubt = false;
    for (const candidate of extraction.candidates) {
      if (candidate.suspect) doubt = true;
      else vocabulary.add(candidate.key);
    }
    if (doubt) waiting.push({ extraction, rank });
    else addArticle(building, resolve(extraction).kept, (ids) => ids.push(extraction.id));
  });
  const rankOf = new Map(ordered.map((summary, rank) => [summary.id, rank]));
  for (const { extraction, rank } of waiting) {
    addArticle(building, resolve(extraction, vocabulary).kept, (ids) => {
      ids.splice(insertionPoint(ids, rank, rankOf), 0, extraction.id);
    });
  }

  for (const value of building.values()) {
    if (value.labels) value.entry.label = commonest(value.labels);
  }
  for (const value of building.values()) {
    value.entry.related = [...value.related]
      .map((key) => building.get(key)?.entry)
      .filter((entry): entry is FacetEntry => entry !== undefined)
      .sort(value.entry.kind === 'product' ? byVersionWithin(value.entry) : byKindThenLabel)
      .map(({ kind, slug, label }) => ({ kind, slug, label }));
  }

  const values = perKind((): FacetEntry[] => []);
  for (const { entry } of building.values()) values[entry.kind].push(entry);
  for (const kind of FACET_KINDS) values[kind].sort((a, b) => b.count - a.count || byKindThenLabel(a, b));
  const bySlug = perKind((kind): ReadonlyMap<string, FacetEntry> => new Map(values[kind].map((entry) => [entry.slug, entry])));
  return { values, bySlug, vocabulary };
}

function addArticle(building: Map<string, Building>, kept: readonly Candidate[], list: (ids: string[]) => void): void {
  for (const candidate of kept) {
    let value = building.get(candidate.key);
    if (!value) {
      value = { entry: { ...candidate.ref, count: 0, ids: [], related: [] }, related: new Set() };
      building.set(candidate.key, value);
    } else if (value.labels || candidate.ref.label !== value.entry.label) {
      value.labels ??= new Map([[value.entry.label, value.entry.count]]);
      value.labels.set(candidate.ref.label, (value.labels.get(candidate.ref.label) ?? 0) + 1);
    }
    list(value.entry.ids);
    value.entry.count += 1;
    for (const other of candidate.related) {
      value.related.add(other.key);
      // A product lists its versions (an operating system does not: that list would be most of the index).
      if (other.ref.kind === 'product') building.get(other.key)?.related.add(candidate.key);
    }
  }
}

/** Where an article of this rank goes in a list kept in rank order. */
function insertionPoint(ids: readonly string[], rank: number, rankOf: ReadonlyMap<string, number>): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (rankOf.get(ids[mid]!)! < rank) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A product's versions as versions (3.1 < 3.11 < 4.0 < 95 < 2000), after any other kind of value. */
function byVersionWithin(product: FacetEntry): (a: FacetEntry, b: FacetEntry) => number {
  return (a, b) =>
    a.kind !== 'version' || b.kind !== 'version'
      ? byKindThenLabel(a, b)
      : compareVersions(versionWithinProduct(a, product), versionWithinProduct(b, product)) || byKindThenLabel(a, b);
}

function byKindThenLabel(a: FacetEntry, b: FacetEntry): number {
  return FACET_KINDS.indexOf(a.kind) - FACET_KINDS.indexOf(b.kind) || collator.compare(a.label, b.label) || cmp(a.slug, b.slug);
}

/** The most used spelling; ties go to the first in code-point order, so the choice never depends on input order. */
function commonest(labels: Map<string, number>): string {
  return [...labels].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
