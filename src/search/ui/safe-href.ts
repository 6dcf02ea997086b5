/**
 * Links the page writes from search data point inside the site: a site path
 * that starts with one `/`, written under the site's base. Anything else
 * (`javascript:`, `//host`, `https://…`) becomes the search page itself, so
 * bad data can neither run script nor send the reader away.
 */
import { withBase } from '../../links/site-url.ts';

export function safeHref(url: string): string {
  return withBase(/^\/(?![/\\])[^\s]*$/.test(url) ? url : '/search/');
}
