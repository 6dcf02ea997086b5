/** Where an article's other published forms live, derived from its permalink. */

/** `/kb/152/Q152941/` -> `/kb/152/Q152941.json`: the JSON sits beside the page's folder. */
export function jsonPath(permalink: string): string {
  return permalink.replace(/\/+$/, '') + '.json';
}

/**
 * `/kb/152/Q152941/` -> `/kb/152/Q152941.txt`: the source file as published, beside the JSON. A file of its own
 * rather than a copy inside the page: the page stays small, and the text is fetched only by whoever opens it.
 */
export function sourcePath(permalink: string): string {
  return permalink.replace(/\/+$/, '') + '.txt';
}
