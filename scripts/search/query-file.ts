/** Writes a benchmark query file (bench/*.json): one query and one set per line, so diffs stay readable. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeQueryFile(out: string, header: Record<string, unknown>, queries: readonly unknown[], sets: Record<string, readonly string[]>): Promise<void> {
  const lines = [
    '{',
    ...Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    '  "queryList": [',
    queries.map((q) => `    ${JSON.stringify(q)}`).join(',\n'),
    '  ],',
    '  "sets": {',
    Object.entries(sets)
      .map(([name, ids]) => `    ${JSON.stringify(name)}: ${JSON.stringify(ids)}`)
      .join(',\n'),
    '  }',
    '}',
  ];
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${lines.join('\n')}\n`);
}
