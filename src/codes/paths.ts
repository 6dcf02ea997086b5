/**
 * Every address of the error-code pages, made here and nowhere else: pages,
 * templates, the article renderer, the search line and the 404 page's script
 * all call these. Imports nothing, so browser code can use it.
 */

/** The code index, grouped by family. */
export const CODE_INDEX_PATH = '/code/';

/** The JSON Schema of `/code/<key>.json`. */
export const CODE_SCHEMA_PATH = '/schema/code.schema.json';

/** A code's page (`/code/0xc0000005/`), or one of its later pages of articles (`/code/0xc0000005/2/`). */
export function codePath(key: string, page = 1): string {
  return page === 1 ? `${CODE_INDEX_PATH}${key}/` : `${CODE_INDEX_PATH}${key}/${page}/`;
}

/** Every code of one family, most articles first (`/code/family/hresult/`, `/code/family/hresult/2/`). */
export function codeFamilyPath(family: string, page = 1): string {
  return page === 1 ? `${CODE_INDEX_PATH}family/${family}/` : `${CODE_INDEX_PATH}family/${family}/${page}/`;
}

/** A code's JSON for tools: `/code/0xc0000005.json`, beside its page's folder. */
export function codeJsonPath(key: string): string {
  return `${CODE_INDEX_PATH}${key}.json`;
}

/** The code a path under `/code/` names as written (`/code/C0000005` -> `C0000005`), or null outside `/code/`. */
export function codeSpellingIn(pathname: string): string | null {
  if (!pathname.startsWith(CODE_INDEX_PATH)) return null;
  const rest = pathname.slice(CODE_INDEX_PATH.length).replace(/(?:\.json|\.html?)?\/*$/i, '');
  if (!rest) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}
