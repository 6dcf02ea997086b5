/** Site-wide constants. */
export const SITE_TITLE = 'KB Archive';
export const SITE_DESCRIPTION =
  'The Microsoft Knowledge Base archive, 1988-2002: 60,335 articles to read, search and cite.';
/**
 * Where the site is published when `SITE_URL` is not set. Canonical links,
 * previews, citations, the JSON and the sitemaps all use the real address, so
 * set `SITE_URL` for any build that is deployed.
 */
export const DEFAULT_SITE_URL = 'https://kb-archive.example';
