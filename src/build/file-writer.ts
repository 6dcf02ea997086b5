/**
 * Writing many files into few folders: each folder is created the first time
 * a file goes into it, not once per file (60,000 records or pages share a few
 * hundred folders). Synchronous, for the workers and build hooks that write
 * nothing else meanwhile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The two file system calls it makes; the tests count them. */
export interface WriterFs {
  mkdirSync(folder: string, options: { recursive: true }): unknown;
  writeFileSync(file: string, text: string): void;
}

export function createFileWriter(fs: WriterFs = { mkdirSync, writeFileSync }): (file: string, text: string) => void {
  const made = new Set<string>();
  return (file, text) => {
    const folder = path.dirname(file);
    // A recursive mkdir also accepts a folder someone else (Astro, another worker) made meanwhile.
    if (!made.has(folder)) fs.mkdirSync(folder, { recursive: true }), made.add(folder);
    fs.writeFileSync(file, text);
  };
}
