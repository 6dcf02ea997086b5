/**
 * The site's Content-Security-Policy: everything from the site itself, no
 * inline script or style, nothing from other hosts. Pages carry it in a
 * `<meta>` tag; `public/_headers` repeats it (plus the header-only directives)
 * for hosts that read that file, and a unit test keeps the two in step.
 */

/** Directives a `<meta http-equiv>` policy honours, in the order we emit them. */
export const POLICY_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index; it does not allow eval() of JavaScript.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Directives browsers ignore in a `<meta>` policy, so only the HTTP header carries them. */
export const HEADER_ONLY_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [['frame-ancestors', "'none'"]];

const serialize = (directives: ReadonlyArray<readonly [string, string]>) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy for the `<meta http-equiv="Content-Security-Policy">` tag. */
export const META_POLICY = serialize(POLICY_DIRECTIVES);

/** The policy for the `Content-Security-Policy` response header. */
export const HEADER_POLICY = serialize([...POLICY_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);
