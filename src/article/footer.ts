/** The footer fields (`Keywords :` ... `Solution Type :` and any other label) as the model's ArticleFooter. */
import type { ArticleFooter } from './model.ts';
import { orderedFooter, type Field } from './zones.ts';
import { splitTokens } from './header.ts';

export function parseFooter(fields: Field[]): ArticleFooter {
  const { known, other } = orderedFooter(fields);
  const text = (label: string) => known.get(label)?.value ?? '';
  return {
    keywords: splitTokens(text('Keywords')),
    technology: splitTokens(text('Technology')),
    version: text('Version'),
    issueType: text('Issue type'),
    solutionType: text('Solution Type'),
    other: other.map(({ label, value }) => ({ label, value })),
  };
}
