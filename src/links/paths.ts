/** Where an article's other published forms live, derived from its permalink. */

/** `/kb/152/Q152941/` -> `/kb/152/Q152941.json`: the JSON sits beside the page's folder. */
export function jsonPath(permalink: string): string {
  return permalink.replace(/\/+$/, '') + '.json';
}
