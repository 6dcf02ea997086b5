/**
 * Links the page writes from search data point inside the site: a path that
 * starts with one `/`. Anything else (`javascript:`, `//host`, `https://…`)
 * becomes the search page itself, so bad data can neither run script nor
 * send the reader away.
 */
export function safeHref(url: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(url) ? url : '/search/';
}
