/**
 * A small hand-made corpus whose neighbours are known: pairs of articles on
 * the same fault, a republished copy and a lightly edited copy, and articles
 * on unrelated subjects. Each article is written as a real KB source and goes
 * through the real parser, renderer and feature extraction.
 */
import type { ArticleSummary } from '../../../src/article/model.ts';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { renderSections } from '../../../src/article/render-article.ts';
import { summarize } from '../../../src/article/summarize.ts';
import { toRecord } from '../../../src/article/to-record.ts';
import { articleFeatures, type ArticleFeatures } from '../../../src/similar/features.ts';

export interface Spec {
  id: string;
  title: string;
  product: string;
  keywords: string;
  body: string;
  references?: string[];
}

const MTA_CRASH = `When you run Microsoft Exchange Server over a network that is slow or bursty, the Message Transfer Agent (MTA)
might crash with exception c0000005 in the Windows NT application event log. The problem is heap corruption
when two threads in the MTA access the same data structures without synchronization, seen on unreliable links
where many associations are opened and closed between MTAs.`;

export const SPECS: Spec[] = [
  { id: 'Q100001', title: 'XCON: MTA Crashes Over Slow Network Connection', product: 'Microsoft Exchange', keywords: 'kbnetwork kbbug', body: MTA_CRASH },
  {
    id: 'Q100002',
    title: 'XCON: MTA Stops with Access Violation c0000005 on Bursty Links',
    product: 'Microsoft Exchange',
    keywords: 'kbnetwork kbbug',
    body: `The Exchange MTA stops responding and logs exception c0000005 when associations over slow bursty links
are opened and closed quickly. Heap corruption in the MTA threads causes the access violation; apply the
MTA fix from the latest service pack.`,
  },
  // the first article's text republished under another number, and once more with a word changed
  { id: 'Q100003', title: 'XCON: MTA Crashes Over Slow Network Connection', product: 'Microsoft Exchange', keywords: 'kbnetwork', body: MTA_CRASH },
  {
    id: 'Q100004',
    title: 'XCON: MTA May Crash Over Slow Network Connection',
    product: 'Microsoft Exchange',
    keywords: 'kbnetwork',
    body: MTA_CRASH.replace('bursty', 'sporadic'),
  },
  {
    id: 'Q200001',
    title: 'XL97: Macro to Sort Worksheet Columns by Header',
    product: 'Microsoft Excel',
    keywords: 'kbprg kbmacro',
    body: `This Visual Basic for Applications macro sorts the columns of an Excel worksheet by the text in their
header row. Select the range, run the macro, and the columns are rearranged in ascending order of header.`,
  },
  {
    id: 'Q200002',
    title: 'XL97: Sort Macro Rearranges Worksheet Columns in Wrong Order',
    product: 'Microsoft Excel',
    keywords: 'kbprg kbmacro kbbug',
    body: `When a Visual Basic for Applications macro sorts worksheet columns by header row, Excel may rearrange
the columns in the wrong order if the header range contains merged cells. Unmerge the header cells first.`,
  },
  {
    id: 'Q300001',
    title: 'Printer Prints Blank Pages from WordPad in Windows 95',
    product: 'Microsoft Windows 95',
    keywords: 'kbprint kbbug',
    body: `Printing from WordPad in Windows 95 produces blank pages on some laser printers. The printer driver
spools the job in EMF format; switch the spool data format to RAW in the printer properties.`,
  },
  {
    id: 'Q300002',
    title: 'Blank Page Printed After Each Job on Laser Printer',
    product: 'Microsoft Windows 95',
    keywords: 'kbprint',
    body: `A laser printer ejects a blank page after every print job in Windows 95. The printer driver sends a
form feed at the end of the spool data; turn off the extra form feed in the printer properties.`,
    references: ['Q300001'],
  },
  {
    id: 'Q400001',
    title: 'How to Install the TCP/IP Protocol on Windows NT Workstation',
    product: 'Microsoft Windows NT',
    keywords: 'kbsetup kbnetwork',
    body: `To install TCP/IP on Windows NT Workstation, open Network in Control Panel, click Protocols, add
the TCP/IP protocol, enter the IP address, subnet mask and default gateway, and restart the computer.`,
  },
  {
    id: 'Q500001',
    title: 'Word Mail Merge Drops the Last Record of a Data Source',
    product: 'Microsoft Word',
    keywords: 'kbmerge kbbug',
    body: `A Word mail merge from a comma-delimited data source leaves out the last record when the file does not
end with a paragraph mark. Add a paragraph mark after the last record and run the merge again.`,
  },
  {
    id: 'Q600001',
    title: 'Access Query Returns Duplicate Rows from Joined Tables',
    product: 'Microsoft Access',
    keywords: 'kbquery',
    body: `An Access select query over two joined tables returns every row several times when the join field is not
unique in the second table. Set the query's Unique Values property or group by the key field.`,
  },
];

/** The KB source text of a spec, in the archive's shape. */
export function source({ id, title, product, keywords, body, references = [] }: Spec): string {
  const number = id.slice(1);
  const tab = (text: string) => text.split('\n').map((line) => `\t${line}`).join('\n');
  const refs = references.length ? `\n\nREFERENCES\n==========\n\nFor more information, see:\n\n${references.map((ref) => `   ${ref} Related article`).join('\n')}` : '';
  return `---
layout: page
title: "${id}: ${title}"
permalink: /kb/${number.slice(0, 3)}/${id}/
---

## ${id}: ${title}

{% raw %}

${tab(`Article: ${id}
Product(s): ${product}
Version(s): 
Operating System(s): 
Keyword(s): ${keywords}
Last Modified: 29-MAR-1999

-------------------------------------------------------------------------------
The information in this article applies to:

- ${product}
-------------------------------------------------------------------------------

SYMPTOMS
========

${body}${refs}

Additional query words:

======================================================================
Keywords          : ${keywords}
`)}
{% endraw %}
`;
}

export interface Made {
  summaries: ArticleSummary[];
  features: ArticleFeatures[];
}

/** The corpus through the real parser and feature extraction, in the given order. */
export function makeCorpus(specs: readonly Spec[] = SPECS): Made {
  const summaries: ArticleSummary[] = [];
  const features: ArticleFeatures[] = [];
  for (const spec of specs) {
    const text = source(spec);
    const article = parseArticle(text, `kb/${spec.id.slice(1, 4)}/${spec.id}/README.md`);
    const record = toRecord(article, renderSections(article, () => null), text);
    summaries.push(summarize(article));
    features.push(articleFeatures(record, summarize(article)));
  }
  return { summaries, features };
}
