/** Site-wide constants. */
export const SITE_TITLE = 'KB Archive';
export const SITE_DESCRIPTION =
  'The Microsoft Knowledge Base archive, 1988-2002: 60,335 articles to read, search and cite.';
