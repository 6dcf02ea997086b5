/** Turning a permalink into an Astro rest parameter, refusing anything that could escape the output folder. */

/** Path segments we ever publish: letters, digits, dot, dash, underscore; never `.` or `..`. */
const SAFE_PERMALINK = /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)+$/;

export function routeParam(permalink: string): string {
  if (!SAFE_PERMALINK.test(permalink) || permalink.split('/').some((segment) => /^\.+$/.test(segment))) {
    throw new Error(`refusing to publish outside the site: unsafe permalink ${JSON.stringify(permalink)}`);
  }
  return permalink.slice(1, -1);
}
