import { describe, expect, it } from 'vitest';
import { estimateJaccard, fingerprint } from '../../../src/similar/fingerprint.ts';
import { DEFAULTS, findNeighbours } from '../../../src/similar/neighbours.ts';
import { similarEntries } from '../../../src/similar/similar-file.ts';
import { words } from '../../../src/similar/words.ts';
import { makeCorpus, SPECS, type Spec } from './corpus.ts';

const made = makeCorpus();
const ids = made.summaries.map((summary) => summary.id);
const docs = made.summaries.map(({ id, number }, i) => ({ id, number, features: made.features[i]! }));
const result = findNeighbours(docs, DEFAULTS);
const similarIds = (id: string) => result.similar[ids.indexOf(id)]!.map(({ index }) => ids[index]);
const duplicateIds = (id: string) => result.duplicates[ids.indexOf(id)]!.map((index) => ids[index]);

describe('similar articles on a hand-made corpus', () => {
  it('lists the article on the same fault first', () => {
    expect(similarIds('Q100001')[0]).toBe('Q100002');
    expect(similarIds('Q100002')[0]).toBe('Q100001');
    expect(similarIds('Q200001')[0]).toBe('Q200002');
    expect(similarIds('Q200002')[0]).toBe('Q200001');
    expect(similarIds('Q300001')[0]).toBe('Q300002');
    expect(similarIds('Q300002')[0]).toBe('Q300001');
  });

  it('never lists an article as its own neighbour, and lists at most k', () => {
    result.similar.forEach((list, d) => {
      expect(list.map(({ index }) => index)).not.toContain(d);
      expect(list.length).toBeLessThanOrEqual(DEFAULTS.k);
    });
    const short = findNeighbours(docs, { ...DEFAULTS, k: 1 });
    expect(short.similar.every((list) => list.length <= 1)).toBe(true);
  });

  it('finds the republished copy and the lightly edited copy as the same text, and does not list them as similar', () => {
    expect(duplicateIds('Q100001')).toEqual(['Q100003', 'Q100004']);
    expect(duplicateIds('Q100003')).toEqual(['Q100001', 'Q100004']);
    expect(duplicateIds('Q100004')).toEqual(['Q100001', 'Q100003']);
    for (const id of ['Q100001', 'Q100003', 'Q100004']) expect(similarIds(id)).not.toEqual(expect.arrayContaining(duplicateIds(id)));
    // an article on the same fault in other words is similar, not the same text
    expect(duplicateIds('Q100002')).toEqual([]);
    expect(similarIds('Q100002').slice(0, 3).sort()).toEqual(['Q100001', 'Q100003', 'Q100004']);
  });

  it('gives the same lists every time, whatever order the articles come in', () => {
    const again = findNeighbours(docs, DEFAULTS);
    expect(again.similar).toEqual(result.similar);
    expect(again.duplicates).toEqual(result.duplicates);

    const reversed = makeCorpus([...SPECS].reverse());
    const reversedIds = reversed.summaries.map((summary) => summary.id);
    const shuffled = findNeighbours(reversed.summaries.map(({ id, number }, i) => ({ id, number, features: reversed.features[i]! })), DEFAULTS);
    for (const id of ids) {
      const d = reversedIds.indexOf(id);
      expect(shuffled.similar[d]!.map(({ index }) => reversedIds[index])).toEqual(similarIds(id));
      expect(shuffled.duplicates[d]!.map((index) => reversedIds[index])).toEqual(duplicateIds(id));
    }
  });

  it('uses cross-references only when asked to', () => {
    const q300002 = made.summaries.find((summary) => summary.id === 'Q300002')!;
    expect(q300002.references).toEqual(['Q300001']);
    const withRefs = result.similar[ids.indexOf('Q300002')]![0]!.score;
    const without = findNeighbours(docs, { ...DEFAULTS, withoutReferences: true }).similar[ids.indexOf('Q300002')]![0]!.score;
    expect(withRefs).toBeGreaterThan(without);
  });
});

describe('reasons', () => {
  const entries = similarEntries(made.summaries, made.features);
  const reasonFor = (from: string, to: string) => entries[ids.indexOf(from)]![0].find(([index]) => ids[index] === to)?.[1];

  it('names a shared error code as people write it', () => {
    expect(reasonFor('Q100002', 'Q100001')).toMatch(/^also about 0xC0000005/);
  });

  it('names a cross-reference between the two', () => {
    expect(reasonFor('Q300002', 'Q300001')).toMatch(/^cited by this article/);
    expect(reasonFor('Q300001', 'Q300002')).toMatch(/^cites this article/);
  });

  it('names the same product and keywords, and title words in the title\'s own case', () => {
    expect(reasonFor('Q200001', 'Q200002')).toBe('same product and keywords; title also mentions XL97, Macro and Sort');
  });

  it('names only telling title words: no function words a title capitalises, no words most titles have', () => {
    // Four titles with "Error"; two share "Spooler" and the function words "Does Not ... When Its".
    const titled = (id: string, title: string, body: string): Spec => ({ id, title, product: 'Microsoft Windows NT', keywords: 'kbprint', body });
    const specs = [
      titled('Q700001', 'Error: Spooler Does Not Restart When Its Queue Is Full', 'The print spooler service stops and does not restart when its queue holds too many jobs. Clear the spool folder.'),
      titled('Q700002', 'Error: Spooler Does Not Print When Its Port Is Paused', 'The print spooler keeps jobs and does not print when its port is paused in the printer folder. Resume the port.'),
      titled('Q700003', 'Error in Setup Copying Files from CD', 'Setup reports an error copying files from a damaged compact disc. Clean the disc or copy the files first.'),
      titled('Q700004', 'Error Starting Backup on Tape Drive', 'Backup reports an error starting when the tape drive is not ready. Insert a tape and retry the backup job.'),
    ];
    const small = makeCorpus(specs);
    const [similar] = similarEntries(small.summaries, small.features)[0]!;
    const why = similar.find(([index]) => small.summaries[index]!.id === 'Q700002')![1];
    expect(why).toContain('title also mentions Spooler');
    expect(why).not.toMatch(/\b(Does|Not|When|Its|Error)\b/);
  });

  it('names shared body words, never the footer\'s keyword tokens', () => {
    // Different products and title words, so the reason comes from the body, where the two share one word and two footer tokens.
    const specs: Spec[] = [
      { id: 'Q710001', title: 'GETFONT Returns Nothing', product: 'Microsoft FoxPro', keywords: 'kbvfp600', body: 'GETFONT fails when the fontname is blank. Keywords : kbvfp600bug kbmm' },
      { id: 'Q710002', title: 'JUSTPATH Misbehaves', product: 'Microsoft QuickBasic', keywords: 'kbvbp600', body: 'JUSTPATH crashes whenever its fontname argument is missing. Keywords : kbvfp600bug kbmm' },
      { id: 'Q710003', title: 'Report Designer Prints Blank Pages', product: 'Microsoft Access', keywords: 'kbprint', body: 'The report designer prints blank pages on some printers. Keywords : kbprint' },
      { id: 'Q710004', title: 'Form Wizard Loses Field Order', product: 'Microsoft Works', keywords: 'kbwizard', body: 'The form wizard puts fields in the wrong order. Keywords : kbwizard' },
    ];
    const small = makeCorpus(specs);
    const [similar] = similarEntries(small.summaries, small.features)[0]!;
    const why = similar.find(([index]) => small.summaries[index]!.id === 'Q710002')![1];
    expect(why).toBe('both mention fontname');
    expect(why).not.toMatch(/kbvfp600bug|kbmm/);
  });

  it('gives every listed article a reason', () => {
    for (const [similar] of entries) for (const [, why] of similar) expect(why.length).toBeGreaterThan(3);
  });
});

describe('words and fingerprints', () => {
  it('keeps words, not stop words, numbers or codes', () => {
    expect(words('The MTA of Windows NT 4.0 crashes with 0xC0000005 on win32')).toEqual(['mta', 'windows', 'nt', 'crashes', 'win32']);
    expect(words("Setup Does Not Start When Its Disk Is Full, Though It Doesn't Say So")).toEqual(['setup', 'start', 'disk', 'full', 'say']);
  });

  it('sees the same text however it is wrapped, and estimates overlap', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect(fingerprint(text).exact).toBe(fingerprint(text.replaceAll(' ', '\n  ')).exact);
    expect(estimateJaccard(fingerprint(text).sketch, fingerprint(text).sketch)).toBe(1);
    expect(estimateJaccard(fingerprint(text).sketch, fingerprint('alpha beta gamma delta epsilon zeta eta theta').sketch)).toBe(0);
  });
});
