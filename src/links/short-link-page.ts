/**
 * The short-link page `/Q152941/`: a few hundred bytes per article that send
 * the reader on to the canonical page. A script first (a file, for the CSP,
 * loaded blocking so it runs before the refresh) keeps a `#section` anchor; the
 * meta refresh works without script; the link is the last resort. The 404
 * page reads `a#article` from it to learn whether an article exists.
 */
import type { ArticleSummary } from '../article/model.ts';
import { SITE_TITLE } from '../consts.ts';
import { documentHtml, element } from '../lib/html.ts';
import { basePathOf, siteUrl, withBase } from './site-url.ts';

/** Where the redirect script is published (public/follow-short-link.js), as a site path. */
export const FOLLOW_SCRIPT = '/follow-short-link.js';

/** `site` is the site's address with its base (`https://example.github.io/kbarchive/`): every URL here goes under it. */
export function shortLinkPage({ id, title, permalink }: Pick<ArticleSummary, 'id' | 'title' | 'permalink'>, site: string): string {
  const base = basePathOf(site);
  const name = `${id}: ${title}`;
  const to = withBase(permalink, base);
  const head = element('head', {}, [
    element('meta', { charSet: 'utf-8' }),
    element('title', {}, [`${name} · ${SITE_TITLE}`]),
    element('link', { rel: ['canonical'], href: siteUrl(permalink, site) }),
    element('meta', { name: 'robots', content: 'noindex' }),
    element('meta', { name: 'kb-permalink', content: to }),
    element('script', { src: withBase(FOLLOW_SCRIPT, base) }),
    element('meta', { httpEquiv: ['refresh'], content: `0; url=${to}` }),
  ]);
  const body = element('body', {}, [element('p', {}, ['Microsoft KB article ', element('a', { id: 'article', href: to }, [name])])]);
  return documentHtml(element('html', { lang: 'en' }, [head, body])) + '\n';
}
