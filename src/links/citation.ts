/** The citations a reader copies into tickets, mail, wikis, papers and code comments. */
import { displayDate } from '../article/dates.ts';

export interface Citable {
  id: string;
  title: string;
  /** ISO date, or null when the article's date could not be read. */
  lastModified: string | null;
}

/**
 * `Microsoft KB Q152941: XCON: MTA Crashes ... (last modified 29 Mar 1999). <url>`:
 * plain text that survives any mail client or ticket system.
 */
export function citationText({ id, title, lastModified }: Citable, url: string): string {
  const date = lastModified ? ` (last modified ${displayDate(lastModified)})` : '';
  const stop = date || !/[.!?]$/.test(title) ? '.' : '';
  return `Microsoft KB ${id}: ${title}${date}${stop} ${url}`;
}

/** `[Microsoft KB Q152941: XCON: MTA Crashes ...](url)`, with Markdown's specials in the title escaped. */
export function citationMarkdown({ id, title }: Citable, url: string): string {
  const text = `Microsoft KB ${id}: ${title}`.replace(/[\\[\]*_`<>]/g, '\\$&');
  return `[${text}](${percentEncode(url, /[()\s]/g)})`;
}

/** `url` with each character `unsafe` matches percent-encoded: characters that would end the citation's URL early. */
function percentEncode(url: string, unsafe: RegExp): string {
  return url.replace(unsafe, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/**
 * Wikipedia's `{{cite web}}`. Characters that would end a parameter or the
 * template, or open a link, are written as the entities and magic word
 * Wikipedia's own help prescribes; the date is ISO, which every wiki's date
 * format setting (`df=`) renders its own way.
 */
export function citationWikipedia({ id, title, lastModified }: Citable, url: string): string {
  const params = [
    `url=${percentEncode(url, /[\s|[\]{}]/g)}`,
    `title=${title.replace(/[|[\]{}<>]/g, (c) => (c === '|' ? '{{!}}' : `&#${c.charCodeAt(0)};`))}`,
    `id=${id}`,
    'work=Microsoft Knowledge Base',
    'publisher=Microsoft',
    ...(lastModified ? [`date=${lastModified}`] : []),
  ];
  return `{{cite web |${params.join(' |')}}}`;
}

/**
 * A BibTeX `@misc` entry keyed by the article id. The title sits in double
 * braces so styles keep its capitals (`MTA`, `XCON`); TeX's special
 * characters are escaped so any title compiles. `date` is for biblatex,
 * `year`/`month` for classic BibTeX styles.
 */
export function citationBibtex({ id, title, lastModified }: Citable, url: string): string {
  const fields: Array<[string, string]> = [
    ['title', `{${texEscape(title)}}`],
    ['author', '{Microsoft}'],
    ['howpublished', `Microsoft Knowledge Base article ${id}`],
    ['organization', 'Microsoft'],
  ];
  if (lastModified) {
    const [year, month] = lastModified.split('-');
    fields.push(['year', year!], ['month', MONTH_MACROS[Number(month) - 1]!], ['date', lastModified], ['note', `Last modified ${displayDate(lastModified)}`]);
  }
  fields.push(['url', percentEncode(url, /[{}\\\s]/g)]);
  // `month = mar` is a macro, not a braced string.
  const value = (name: string, text: string) => (name === 'month' ? text : `{${text}}`);
  return `@misc{kb-${id},\n${fields.map(([name, text]) => `  ${name} = ${value(name, text)}`).join(',\n')}\n}`;
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

function texEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => TEX_SPECIALS[c]!);
}
