import { describe, expect, it } from 'vitest';
import { isRuleLine, isTabular, listMarker, ruleChar } from '../../../src/article/line-shapes.ts';
import { isCodeLine, isProseLine, isSymbolLine } from '../../../src/article/code-shapes.ts';

describe.each([
  // bullets
  ['- Microsoft Word 97', { indent: 0, kind: 'dash', ordinal: 0, contentColumn: 2 }],
  ['   - nested item', { indent: 3, kind: 'dash', ordinal: 0, contentColumn: 5 }],
  ['* star item', { indent: 0, kind: 'star', ordinal: 0, contentColumn: 2 }],
  ['o Check the list', { indent: 0, kind: 'o', ordinal: 0, contentColumn: 2 }],
  ['\u2022 bullet', { indent: 0, kind: 'bullet', ordinal: 0, contentColumn: 2 }],
  // numbers
  ['1. Create a project', { indent: 0, kind: 'decimal', ordinal: 1, contentColumn: 3 }],
  ['10.  Wide spacing', { indent: 0, kind: 'decimal', ordinal: 10, contentColumn: 5 }],
  ['2) Closing paren', { indent: 0, kind: 'decimal-paren', ordinal: 2, contentColumn: 3 }],
  ['(3) In parens', { indent: 0, kind: 'decimal-parens', ordinal: 3, contentColumn: 4 }],
  // letters
  ['  a. The driver portion', { indent: 2, kind: 'lower', ordinal: 1, contentColumn: 5 }],
  ['B. Second', { indent: 0, kind: 'upper', ordinal: 2, contentColumn: 3 }],
  ['c) third', { indent: 0, kind: 'lower-paren', ordinal: 3, contentColumn: 3 }],
  ['(d) fourth', { indent: 0, kind: 'lower-parens', ordinal: 4, contentColumn: 4 }],
  // not markers: versions, phone numbers, words, a marker without text
  ['3.00 3.10', null],
  ['(800) 555-1212', null],
  ['100. three digits', null],
  ['(DLL) of shared resources', null],
  ['-5 degrees', null],
  ['- ', null],
  ['Overview', null],
])('listMarker(%j)', (text, expected) => {
  it('reads the marker', () => expect(listMarker(text)).toEqual(expected));
});

describe.each([
  ['========', true, '='],
  ['  -------  ', true, '-'],
  ['__________', true, null],
  ['==', true, '='],
  ['=', false, null],
  ['__', false, null],
  ['=-=-=-', false, null],
  ['---- ----', false, null],
  ['* =====', false, null],
])('isRuleLine(%j)', (text, rule, char) => {
  it(`is ${rule}, underline char ${char}`, () => {
    expect(isRuleLine(text)).toBe(rule);
    expect(ruleChar(text)).toBe(char);
  });
});

describe.each([
  ['Filename     Version   Date', true],
  ['| Q123456 | BUG: text |', true],
  ['+-------+-------+', true],
  ['Version 3.00.  This is two spaces', false],
  ['plain text', false],
])('isTabular(%j)', (text, expected) => {
  it(`is ${expected}`, () => expect(isTabular(text)).toBe(expected));
});

describe.each([
  // C
  ['#include <stdio.h>', true],
  ['{', true],
  ['printf("%d\\n", x);', true],
  ['void main (void)', true],
  // BASIC and xBase
  ['DIM glotitle(maxmenu) AS menutitletype', true],
  ["COMMON a%, b%, c%        'workaround", true],
  ['LSET lastname1$ = "Doe1"', true],
  ['REM Calling program', true],
  ['cNewLine   = "MVCOUNT=2000"+CHR(13)      && This is the line to change/add', true],
  ['IF nFileHand == -1                       && Can\'t find Config.fpw', true],
  // assembler
  ['.MODEL  medium', true],
  ['mov ax, bx', true],
  ['_changit PROC', true],
  // commands
  ['copy a:\\netapi.dll c:\\lanman\\netlib', true],
  // prose, even when it starts with an instruction-like word
  ['Add the following note to the description of "QC /h":', false],
  ['If you want to call VioScrUnLock, to re-enable screen switching, do so.', false],
  ['Set the value of the option to the size you want.', false],
  ['Microsoft Exchange Server', false],
])('isCodeLine(%j)', (text, expected) => {
  it(`is ${expected}`, () => expect(isCodeLine(text)).toBe(expected));
});

describe.each([
  ['When you run Microsoft Exchange Server over a network that is either slow or', true],
  ['bursty, the Microsoft Exchange Message Transfer Agent (MTA) might crash with the', true],
  ['Event ID = 9405:', false],
  ['WINDOWS', false],
  ['THE INFORMATION BELOW IS PRELIMINARY AND HAS NOT BEEN', false],
])('isProseLine(%j)', (text, expected) => {
  it(`is ${expected}`, () => expect(isProseLine(text)).toBe(expected));
});

describe.each([
  ['*****************************************************************', true],
  ['**    WITH DISCRETION.                                         **', false],
  ['~  !  @  #  $  %  ^  &  *  (  )', true],
  ['Plain text.', false],
  ['**', false],
])('isSymbolLine(%j)', (text, expected) => {
  it(`is ${expected}`, () => expect(isSymbolLine(text)).toBe(expected));
});
