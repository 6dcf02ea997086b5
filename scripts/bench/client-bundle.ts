/**
 * The search client bundled as one ES module, minified as a production build
 * would ship it, for the benchmark to load into a blank page. The search
 * page's own script bundles the same module; the benchmark measures the
 * client, not the page around it.
 */
import { build } from 'esbuild';
import path from 'node:path';

export const CLIENT_URL = '/__bench/search-client.js';

export async function bundleSearchClient(root: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [path.join(root, 'src/search/client/search-client.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}
