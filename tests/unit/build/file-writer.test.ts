import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createFileWriter } from '../../../src/build/file-writer.ts';

const root = mkdtempSync(path.join(tmpdir(), 'kb-writer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('creates missing folders, and writes into folders that already exist or that it made before', () => {
  const write = createFileWriter();
  mkdirSync(path.join(root, 'kb', '152'), { recursive: true });
  write(path.join(root, 'kb', '152', 'Q152941.json'), '{"a":1}');
  write(path.join(root, 'kb', '152', 'Q152942.json'), '{"b":2}');
  write(path.join(root, 'Q152941', 'index.html'), '<p>x</p>');
  expect(readFileSync(path.join(root, 'kb', '152', 'Q152941.json'), 'utf8')).toBe('{"a":1}');
  expect(readFileSync(path.join(root, 'kb', '152', 'Q152942.json'), 'utf8')).toBe('{"b":2}');
  expect(readFileSync(path.join(root, 'Q152941', 'index.html'), 'utf8')).toBe('<p>x</p>');
});

it('creates each folder once, however many files go into it', () => {
  const made: string[] = [];
  const written: string[] = [];
  const write = createFileWriter({
    mkdirSync: (folder) => made.push(path.relative(root, folder)),
    writeFileSync: (file) => void written.push(path.relative(root, file)),
  });
  for (const n of [1, 2, 3]) write(path.join(root, 'once', 'a', `Q${n}.json`), '{}');
  write(path.join(root, 'once', 'b', 'Q4.json'), '{}');
  write(path.join(root, 'once', 'a', 'Q5.json'), '{}');
  expect(made).toEqual([path.join('once', 'a'), path.join('once', 'b')]);
  expect(written).toHaveLength(5);
});
