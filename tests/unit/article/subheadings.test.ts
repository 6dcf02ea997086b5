import { describe, expect, it } from 'vitest';
import { subheadingAt } from '../../../src/article/subheadings.ts';
import type { BodyLine } from '../../../src/article/source-body.ts';

const body = (text: string): BodyLine[] => text.split('\n').map((line, k) => ({ text: line, line: k + 1 }));
const at = (text: string, i = 0) => subheadingAt(body(text), i);

describe('subheadingAt', () => {
  it('takes a numbered heading, also wrapped once', () => {
    expect(at('1.1  Setup Requirements\n\nText follows.')).toMatchObject({ shape: 'numbered', number: '1.1', text: '1.1  Setup Requirements', end: 1 });
    expect(at('1.1.2  Windows NT Service Packs Must Be Installed on Primary Domain\nController\n\nIf you run')).toMatchObject({
      shape: 'numbered',
      number: '1.1.2',
      text: '1.1.2  Windows NT Service Packs Must Be Installed on Primary Domain Controller',
      end: 2,
    });
  });

  it('leaves numbered sentences, contents lines and lines with nothing after them alone', () => {
    expect(at('1.2 Click Start, and then click Run.\n\nNext')).toBeNull();
    expect(at('1.0  Installing Microsoft Exchange Server Version 5.0\n  1.1   Setup Requirements\n\nText')).toBeNull();
    expect(at('2.7.3  Correction to Authentication Documentation for NNTP, POP3, and LDAP\nSupported mechanisms are:\n\n  Basic')).toBeNull();
    expect(at('1.1  Setup Requirements')).toBeNull();
    expect(at('Some text\n1.1  Setup Requirements\n\nText', 1)).toBeNull();
  });

  it('takes a short line in capitals followed by a paragraph', () => {
    expect(at('FORMS ISSUES\n\nTo help users know which forms')).toMatchObject({ shape: 'caps', text: 'FORMS ISSUES', number: null });
    expect(at('RPL (SW8):\n\nSW8 is the switch')).toMatchObject({ shape: 'caps' });
  });

  it('leaves capitals that are code, labels of code, commands or metadata alone', () => {
    expect(at('INIT:\n\n   GetLocalHardDrivesList "drives"')).toBeNull();
    expect(at('WINDOWS\n\nkbtool kbdisplay')).toBeNull();
    expect(at('CLOSE ALL\n\nThen')).toBeNull();
    expect(at('OK\n\nThen')).toBeNull();
    expect(at('Type the following:\n\nCOPY CON FILE\n\nThen', 2)).toBeNull();
    // Text that only follows once the applies-to block is taken out of the main text.
    expect(subheadingAt([{ text: 'WINDOWS', line: 20 }, { text: '', line: 21 }, { text: 'When running setup', line: 28 }], 0)).toBeNull();
  });

  it('takes a line underlined with dashes about its length', () => {
    expect(at('Sample Code\n-----------\n\n   #include <stdio.h>')).toMatchObject({ shape: 'underlined', text: 'Sample Code', end: 2 });
    expect(at('  Known Issues\n  ------------\n\nThe first')).toMatchObject({ shape: 'underlined', text: 'Known Issues' });
  });

  it('leaves a separator after a sentence, and list items, alone', () => {
    expect(at('The end of the story.\n---------------------\n\nNext')).toBeNull();
    expect(at('Title\n------------------------------------------\n\nNext')).toBeNull();
    expect(at('27. These drivers are located in update directory\n-------------------------------------------------\n\nNext')).toBeNull();
  });
});
