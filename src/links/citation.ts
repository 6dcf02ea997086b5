/** The citations a reader copies into tickets, mail and code comments. */

export interface Citable {
  id: string;
  title: string;
  /** ISO date, or null when the article's date could not be read. */
  lastModified: string | null;
}

/**
 * `Microsoft KB Q152941: XCON: MTA Crashes ... (last modified 1999-03-29). <url>`:
 * plain text that survives any mail client or ticket system.
 */
export function citationText({ id, title, lastModified }: Citable, url: string): string {
  const date = lastModified ? ` (last modified ${lastModified})` : '';
  const stop = date || !/[.!?]$/.test(title) ? '.' : '';
  return `Microsoft KB ${id}: ${title}${date}${stop} ${url}`;
}

/** `[Microsoft KB Q152941: XCON: MTA Crashes ...](url)`, with Markdown's specials in the title escaped. */
export function citationMarkdown({ id, title }: Citable, url: string): string {
  const text = `Microsoft KB ${id}: ${title}`.replace(/[\\[\]*_`<>]/g, '\\$&');
  return `[${text}](${url.replace(/[()\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))})`;
}
