/** The facet report in one console line. */
import { KIND_NAMES } from './labels.ts';
import { FACET_KINDS, type FacetReport } from './types.ts';

export function summarizeFacetReport(report: FacetReport, file: string): string {
  const values = FACET_KINDS.map((kind) => {
    const n = report.kinds[kind].values;
    return `${n.toLocaleString('en')} ${(n === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many).toLowerCase()}`;
  }).join(', ');
  let raw = 0;
  let unmatched = 0;
  let dropped = 0;
  for (const kind of FACET_KINDS) {
    raw += report.kinds[kind].raw;
    unmatched += report.kinds[kind].unmatched;
    dropped += report.kinds[kind].dropped;
  }
  const share = raw === 0 ? 0 : (unmatched / raw) * 100;
  return (
    `facets: ${values}; of ${raw.toLocaleString('en')} raw header values ${unmatched.toLocaleString('en')} unmatched ` +
    `(${share.toFixed(2)}%) and ${dropped.toLocaleString('en')} dropped (junk, cut off, without a product, out of range, or contradicted by the article's "applies to" list); ` +
    `${report.rescuedKeywords.toLocaleString('en')} cut keywords completed from the footer; see ${file}`
  );
}
