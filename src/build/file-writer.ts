/**
 * Writing many files into few folders: each folder is created the first time
 * a file goes into it, not once per file (60,000 records or pages share a few
 * hundred folders). Synchronous, for the workers and build hooks that write
 * nothing else meanwhile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function createFileWriter(): (file: string, text: string) => void {
  const made = new Set<string>();
  return (file, text) => {
    const folder = path.dirname(file);
    // A recursive mkdir also accepts a folder someone else (Astro, another worker) made meanwhile.
    if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
    writeFileSync(file, text);
  };
}
