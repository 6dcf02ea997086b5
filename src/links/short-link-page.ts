/**
 * The short-link page `/Q152941/`: a few hundred bytes per article that send
 * the reader on to the canonical page. A script first (a file, for the CSP,
 * loaded blocking so it runs before the refresh) keeps a `#section` anchor; the
 * meta refresh works without script; the link is the last resort. The 404
 * page reads `a#article` from it to learn whether an article exists.
 */
import type { ArticleSummary } from '../article/model.ts';
import { SITE_TITLE } from '../consts.ts';
import { basePathOf, siteUrl, withBase } from './site-url.ts';

/** Where the redirect script is published (public/follow-short-link.js), as a site path. */
export const FOLLOW_SCRIPT = '/follow-short-link.js';

/** `site` is the site's address with its base (`https://example.github.io/kbarchive/`): every URL here goes under it. */
export function shortLinkPage({ id, title, permalink }: Pick<ArticleSummary, 'id' | 'title' | 'permalink'>, site: string): string {
  const base = basePathOf(site);
  const name = escapeHtml(`${id}: ${title}`);
  const to = escapeHtml(withBase(permalink, base));
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    `<title>${name} · ${escapeHtml(SITE_TITLE)}</title>` +
    `<link rel="canonical" href="${escapeHtml(siteUrl(permalink, site))}">` +
    '<meta name="robots" content="noindex">' +
    `<meta name="kb-permalink" content="${to}">` +
    `<script src="${escapeHtml(withBase(FOLLOW_SCRIPT, base))}"></script>` +
    `<meta http-equiv="refresh" content="0; url=${to}">` +
    `</head><body><p>Microsoft KB article <a id="article" href="${to}">${name}</a></p></body></html>\n`
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
